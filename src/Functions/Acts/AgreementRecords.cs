using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Acts;

/// <summary>Reads an agreement with its plan, and records new documents, envelopes and status on its row (ETag, retried).</summary>
public sealed class AgreementRecords(AgreementTable agreements, DraftVersionWriter drafts, IAgreementEngine engine, TimeProvider time)
{
    private const int MaxAttempts = 8;

    public async Task<LoadedAgreement?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await agreements.FindAsync(id, cancellationToken);
        if (entity is null) return null;
        var agreement = await drafts.ReadAsync(id, entity.Version, cancellationToken)
            ?? throw new StorageUnavailableException($"agreement.json of {id} v{entity.Version} is missing.");
        return new LoadedAgreement(entity, agreement with { Id = id }, engine.Plan(agreement), engine.Fingerprint(agreement));
    }

    /// <summary>Applies <paramref name="change"/> to a fresh read until it is stored; false when the change declines
    /// (returns false) or the agreement is gone.</summary>
    public async Task<bool> UpdateAsync(string id, Func<AgreementEntity, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var entity = await agreements.FindAsync(id, cancellationToken);
            if (entity is null || !change(entity)) return false;
            entity.UpdatedAt = time.GetUtcNow();
            if (await agreements.TryReplaceAsync(entity, cancellationToken)) return true;
        }
        throw new StorageUnavailableException($"Agreement {id} kept changing: {MaxAttempts} conflicting saves.");
    }

    /// <summary>Adds documents and an envelope id to the row, each once.</summary>
    public Task<bool> AddAsync(string id, IReadOnlyList<StoredDocument> documents, string envelopeId, CancellationToken cancellationToken) =>
        UpdateAsync(id, entity =>
        {
            var stored = AgreementService.ReadDocuments(entity).ToList();
            stored.AddRange(documents.Where(document => !stored.Any(existing =>
                existing.Kind == document.Kind && existing.Format == document.Format && existing.Version == document.Version)));
            var envelopeIds = (JsonSerializer.Deserialize<string[]>(entity.EnvelopesJson) ?? []).ToList();
            if (!envelopeIds.Contains(envelopeId)) envelopeIds.Add(envelopeId);
            entity.DocumentsJson = JsonSerializer.Serialize(stored, AgreementJson.Options);
            entity.EnvelopesJson = JsonSerializer.Serialize(envelopeIds);
            return true;
        }, cancellationToken);

    public static IReadOnlyList<string> EnvelopeIds(AgreementEntity entity) =>
        JsonSerializer.Deserialize<string[]>(entity.EnvelopesJson) ?? [];
}
