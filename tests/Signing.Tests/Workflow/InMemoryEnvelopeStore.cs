using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Ports;

namespace DocFlow.Signing.Tests.Workflow;

/// <summary>ETag-checked envelope store; <see cref="BeforeNextSave"/> lets a test slip in a concurrent writer.</summary>
public sealed class InMemoryEnvelopeStore : IEnvelopeStore
{
    private readonly Dictionary<string, StoredEnvelope> _rows = [];
    private int _version;

    public Action<InMemoryEnvelopeStore>? BeforeNextSave { get; set; }
    public int Conflicts { get; private set; }

    public Task<StoredEnvelope?> GetAsync(string envelopeId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.GetValueOrDefault(envelopeId));

    public Task<StoredEnvelope?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Values.FirstOrDefault(r => r.Envelope.Signers.Any(s => s.TokenHashes.Contains(tokenHash))));

    public Task<IReadOnlyList<StoredEnvelope>> ListByAgreementAsync(string agreementId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredEnvelope>>([.. _rows.Values.Where(r => r.Envelope.AgreementId == agreementId)]);

    public Task<SaveResult> SaveAsync(Envelope envelope, string? expectedETag, IReadOnlyList<DocFlow.Signing.Audit.AuditEvent> events,
        CancellationToken cancellationToken)
    {
        var interfere = BeforeNextSave;
        BeforeNextSave = null;
        interfere?.Invoke(this);
        var current = _rows.GetValueOrDefault(envelope.Id);
        if (current?.ETag != expectedETag)
        {
            Conflicts++;
            return Task.FromResult(SaveResult.Conflict);
        }
        var etag = $"v{++_version}";
        _rows[envelope.Id] = new StoredEnvelope(envelope, etag);
        return Task.FromResult(SaveResult.Ok(etag));
    }

    /// <summary>Overwrites regardless of ETag: the "other request" in a race.</summary>
    public void Force(Envelope envelope) => _rows[envelope.Id] = new StoredEnvelope(envelope, $"v{++_version}");
}
