using DocFlow.Functions.Storage;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Ports;

namespace DocFlow.Functions.Signing;

/// <summary>The signing core's envelope port over the envelopes table (rows plus the token-hash index).</summary>
public sealed class TableEnvelopeStore(EnvelopeTable envelopes) : IEnvelopeStore
{
    public async Task<StoredEnvelope?> GetAsync(string envelopeId, CancellationToken cancellationToken) =>
        await envelopes.FindAsync(envelopeId, cancellationToken) is { } found
            ? new StoredEnvelope(found.Envelope, found.ETag.ToString())
            : null;

    public async Task<StoredEnvelope?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        await envelopes.FindIdByTokenHashAsync(tokenHash, cancellationToken) is { } id
            ? await GetAsync(id, cancellationToken)
            : null;

    public async Task<IReadOnlyList<StoredEnvelope>> ListByAgreementAsync(string agreementId, CancellationToken cancellationToken) =>
        [.. (await envelopes.ListByAgreementAsync(agreementId, cancellationToken))
            .Select(found => new StoredEnvelope(found.Envelope, found.ETag.ToString()))];

    public async Task<SaveResult> SaveAsync(Envelope envelope, string? expectedETag, IReadOnlyList<AuditEvent> events,
        CancellationToken cancellationToken)
    {
        // Index rows first: a sequential round's fresh tokens must find the envelope as soon as its save is visible.
        await envelopes.IndexTokensAsync(envelope, cancellationToken);
        var etag = expectedETag is null
            ? await envelopes.InsertAsync(envelope, events, cancellationToken)
            : await envelopes.ReplaceAsync(envelope, new Azure.ETag(expectedETag), events, cancellationToken);
        return etag is { } saved ? SaveResult.Ok(saved.ToString()) : SaveResult.Conflict;
    }
}
