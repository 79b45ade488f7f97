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
    /// the stored ETag still matches.</summary>
    Task<SaveResult> SaveAsync(Envelope envelope, string? expectedETag, CancellationToken cancellationToken);
}
