using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Ports;

/// <summary>Envelope storage, implemented by the Functions app (Table storage). Every token hash in
/// <see cref="EnvelopeSigner.TokenHashes"/> must be findable, reminders add new ones.</summary>
public interface IEnvelopeStore
{
    Task<StoredEnvelope?> GetAsync(string envelopeId, CancellationToken cancellationToken);

    Task<StoredEnvelope?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredEnvelope>> ListByAgreementAsync(string agreementId, CancellationToken cancellationToken);

    /// <summary>Inserts when <paramref name="expectedETag"/> is null (conflict if it exists), else replaces only if
    /// the stored ETag still matches. <paramref name="events"/> are the step's audit events, to be appended next: a
    /// store that keeps them with the envelope can append them itself should the caller die in between.</summary>
    Task<SaveResult> SaveAsync(Envelope envelope, string? expectedETag, IReadOnlyList<Audit.AuditEvent> events,
        CancellationToken cancellationToken);
}
