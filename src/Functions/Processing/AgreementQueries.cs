using System.Text.Json;
using System.Text.RegularExpressions;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Planning;
using DocFlow.Functions.Sending;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Processing;

/// <summary>Reads for the API: the agreement with its computed plan, and its stored files.</summary>
public sealed partial class AgreementQueries(IAgreementEngine engine, DraftVersionWriter drafts, AgreementTable agreements,
    DocumentBlobStore blobs, EnvelopeTable envelopes, Acts.ActStateReader actStates)
{
    public async Task<ServiceAnswer> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await agreements.FindAsync(id, cancellationToken);
        if (entity is null) return new ServiceAnswer.NotFound($"No agreement {id}.");
        var agreement = await drafts.ReadAsync(id, entity.Version, cancellationToken)
            ?? throw new StorageUnavailableException($"agreement.json of {id} v{entity.Version} is missing.");
        var plan = engine.Plan(agreement);
        var acts = await actStates.ReadAsync(id, cancellationToken);
        var stages = agreement.Stages.Select(stage =>
        {
            var planned = plan.Stages.FirstOrDefault(candidate => candidate.Id == stage.Id);
            var act = acts.GetValueOrDefault(stage.Id, Acts.ActState.NoAct);
            return new StageView(stage.Id, stage.Title, planned?.Start, planned?.End, planned?.Amount, act.State,
                act.EnvelopeId, act.SentAt, act.ClosedAt);
        }).ToArray();
        var view = new AgreementView(id, entity.Version, entity.Status, entity.Number, entity.Locale, entity.Fingerprint,
            entity.CreatedAt, entity.UpdatedAt, JsonSerializer.SerializeToElement(plan, PlanJson.Options),
            AgreementService.Links(entity, null),
            await EnvelopesAsync(entity, cancellationToken), stages);
        return new ServiceAnswer.Success(StatusCodes.Status200OK, JsonSerializer.Serialize(view, AgreementJson.Options));
    }

    private async Task<IReadOnlyList<EnvelopeView>> EnvelopesAsync(AgreementEntity entity, CancellationToken cancellationToken)
    {
        var views = new List<EnvelopeView>();
        foreach (var envelopeId in JsonSerializer.Deserialize<string[]>(entity.EnvelopesJson) ?? [])
        {
            if (await envelopes.FindAsync(envelopeId, cancellationToken) is { } found) views.Add(SendService.View(found.Envelope));
        }
        return views;
    }

    /// <summary>Null when the agreement, the version or the file does not exist.</summary>
    public async Task<(DraftFile File, string FileName)?> OpenDocumentAsync(string id, string kind, string extension, int? version,
        CancellationToken cancellationToken)
    {
        if (!KindPattern().IsMatch(kind)) return null;
        var entity = await agreements.FindAsync(id, cancellationToken);
        if (entity is null) return null;
        var wanted = version ?? LatestVersionOf(entity, kind, extension);
        if (wanted < 1 || wanted > entity.Version) return null;
        var file = await blobs.OpenAsync(id, wanted, $"{kind}.{extension}", cancellationToken);
        return file is null ? null : (file, $"{entity.Number.Replace('/', '-')}-{kind}-v{wanted}.{extension}");
    }

    // Acts and termination statements are made in later versions than the drafts: the newest one that exists.
    private static int LatestVersionOf(AgreementEntity entity, string kind, string extension) =>
        AgreementService.ReadDocuments(entity)
            .Where(document => document.Kind == kind && document.Format == extension)
            .Select(document => document.Version)
            .DefaultIfEmpty(entity.Version)
            .Max();

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,80}$")]
    private static partial Regex KindPattern();
}
