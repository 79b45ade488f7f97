using System.Text;
using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Validation;
using DocFlow.Functions.Http;
using DocFlow.Functions.Idempotency;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Create and update: validate, reserve the id, render and store every file, then write the agreement row last so a
/// failure at any step leaves nothing visible and a retry finishes the same work.
/// </summary>
public sealed class AgreementService(
    IAgreementEngine engine,
    DraftVersionWriter drafts,
    AgreementTable agreements,
    IdempotencyStore idempotency,
    TimeProvider time)
{
    private const string CreateOperation = "create";

    public async Task<ServiceAnswer> CreateAsync(byte[] body, string caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var read = engine.Read(Encoding.UTF8.GetString(body));
        if (!read.IsValid) return Invalid(read);
        var agreement = read.Agreement!;
        var bodySha = IdempotencyStore.Sha256(body);
        // An id minted here is new to storage for certain: no other request can have created that agreement.
        var mintedHere = agreement.Id is null && idempotencyKey is null;
        var id = agreement.Id ?? Ulid.NewUlid().ToString();
        if (idempotencyKey is not null)
        {
            var decision = await idempotency.BeginAsync(caller, idempotencyKey, CreateOperation, bodySha, id, cancellationToken);
            switch (decision)
            {
                case IdempotencyDecision.Replay replay:
                    return new ServiceAnswer.Success(replay.Status, replay.ResponseJson, replay.Location);
                case IdempotencyDecision.Mismatch:
                    return new ServiceAnswer.Conflict($"The {IdempotencyStore.Header} was already used with another request body.");
                case IdempotencyDecision.Proceed proceed:
                    id = proceed.ReservedId;
                    break;
            }
        }
        var answer = await CreateWithIdAsync(agreement with { Id = id }, bodySha, Warnings(read), mintedHere, cancellationToken);
        if (idempotencyKey is not null && answer is ServiceAnswer.Success success)
        {
            await idempotency.CompleteAsync(caller, idempotencyKey, CreateOperation, bodySha, id, success.Status, success.Json,
                success.Location, cancellationToken);
        }
        return answer;
    }

    private async Task<ServiceAnswer> CreateWithIdAsync(Agreement agreement, string bodySha, IReadOnlyList<ProblemError> warnings,
        bool mintedHere, CancellationToken cancellationToken)
    {
        var id = agreement.Id!;
        // Rendering runs while the lookup goes to storage; a repeat of an existing agreement drops it unstored. An
        // id minted here needs no lookup (the row's insert still refuses a duplicate).
        var draft = drafts.Start(agreement, 1, cancellationToken);
        var existing = mintedHere ? null : await agreements.FindAsync(id, cancellationToken);
        if (existing is not null) return SameRequest(existing, bodySha, warnings);

        IReadOnlyList<StoredDocument> documents;
        try
        {
            documents = await drafts.StoreAsync(draft, mintedHere, cancellationToken);
        }
        catch (DraftConflictException)
        {
            return new ServiceAnswer.Conflict($"Agreement {id} is being created by another request.");
        }
        var now = time.GetUtcNow();
        var entity = new AgreementEntity
        {
            PartitionKey = id,
            Version = 1,
            Status = AgreementStatus.Draft,
            Number = agreement.Number,
            Locale = agreement.Locale.ToString().ToLowerInvariant(),
            Fingerprint = draft.Fingerprint,
            BodySha256 = bodySha,
            DocumentsJson = JsonSerializer.Serialize(documents, AgreementJson.Options),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (!await agreements.TryAddAsync(entity, cancellationToken))
        {
            var winner = await agreements.FindAsync(id, cancellationToken);
            return winner is null ? new ServiceAnswer.Conflict($"Agreement {id} changed meanwhile.") : SameRequest(winner, bodySha, warnings);
        }
        return Created(entity, warnings, StatusCodes.Status201Created);
    }

    public async Task<ServiceAnswer> UpdateAsync(string id, byte[] body, CancellationToken cancellationToken)
    {
        var read = engine.Read(Encoding.UTF8.GetString(body));
        if (!read.IsValid) return Invalid(read);
        var agreement = read.Agreement!;
        if (agreement.Id is not null && agreement.Id != id)
            return new ServiceAnswer.Invalid([new ProblemError("/id", $"The id in the body ({agreement.Id}) is not the id in the URL ({id}).")], []);
        var current = await agreements.FindAsync(id, cancellationToken);
        if (current is null) return new ServiceAnswer.NotFound($"No agreement {id}.");
        var bodySha = IdempotencyStore.Sha256(body);
        if (current.BodySha256 == bodySha) return Created(current, Warnings(read), StatusCodes.Status200OK);
        if (current.Status != AgreementStatus.Draft)
            return new ServiceAnswer.Conflict($"Agreement {id} is {current.Status}: a new version can be made only before signing starts.");

        var version = current.Version + 1;
        IReadOnlyList<StoredDocument> documents;
        try
        {
            documents = await drafts.WriteAsync(agreement with { Id = id }, version, cancellationToken);
        }
        catch (DraftConflictException)
        {
            return new ServiceAnswer.Conflict($"Agreement {id} is being updated by another request.");
        }
        var all = ReadDocuments(current).Concat(documents).ToArray();
        current.Version = version;
        current.Number = agreement.Number;
        current.Locale = agreement.Locale.ToString().ToLowerInvariant();
        current.Fingerprint = engine.Fingerprint(agreement with { Id = id });
        current.BodySha256 = bodySha;
        current.DocumentsJson = JsonSerializer.Serialize(all, AgreementJson.Options);
        current.UpdatedAt = time.GetUtcNow();
        if (!await agreements.TryReplaceAsync(current, cancellationToken))
            return new ServiceAnswer.Conflict($"Agreement {id} was changed by another request; read it and try again.");
        return Created(current, Warnings(read), StatusCodes.Status200OK);
    }

    public static IReadOnlyList<StoredDocument> ReadDocuments(AgreementEntity entity) =>
        JsonSerializer.Deserialize<StoredDocument[]>(entity.DocumentsJson, AgreementJson.Options) ?? [];

    public static IReadOnlyList<DocumentLink> Links(AgreementEntity entity, int? onlyVersion) =>
        ReadDocuments(entity)
            .Where(document => onlyVersion is null || document.Version == onlyVersion)
            .Select(document => new DocumentLink(document.Kind, document.Format, document.Version, document.Sha256, document.Length,
                $"/api/agreements/{entity.PartitionKey}/documents/{document.Kind}?format={document.Format}&version={document.Version}"))
            .ToArray();

    private ServiceAnswer SameRequest(AgreementEntity existing, string bodySha, IReadOnlyList<ProblemError> warnings) =>
        existing.BodySha256 == bodySha && existing.Version == 1
            ? Created(existing, warnings, StatusCodes.Status201Created)
            : new ServiceAnswer.Conflict($"Agreement {existing.PartitionKey} already exists.");

    private static ServiceAnswer Created(AgreementEntity entity, IReadOnlyList<ProblemError> warnings, int status)
    {
        var summary = new AgreementSummary(entity.PartitionKey, entity.Version, entity.Status, entity.Number, entity.Fingerprint,
            Links(entity, entity.Version), warnings);
        return new ServiceAnswer.Success(status, JsonSerializer.Serialize(summary, AgreementJson.Options),
            $"/api/agreements/{entity.PartitionKey}");
    }

    private static ServiceAnswer Invalid(ReadResult read) =>
        new ServiceAnswer.Invalid(
            read.Errors.Count == 0 ? [new ProblemError("", "The agreement could not be read.")] : Convert(read.Errors),
            Warnings(read));

    private static IReadOnlyList<ProblemError> Warnings(ReadResult read) => Convert(read.Warnings);

    private static IReadOnlyList<ProblemError> Convert(IReadOnlyList<Problem> problems) =>
        problems.Select(problem => new ProblemError(problem.Path, problem.Message)).ToArray();
}
