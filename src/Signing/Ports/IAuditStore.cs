using DocFlow.Signing.Audit;

namespace DocFlow.Signing.Ports;

/// <summary>
/// The append-only audit trail, implemented by the Functions app (one row per event, key = envelope id + sequence,
/// insert-only). Save the envelope first (its <see cref="Envelopes.Envelope.AuditHead"/> says what the trail must end
/// with), then append the step's events; a crash in between is repaired by appending them again.
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends events whose first one must follow the stored last one (sequence and previous hash).</summary>
    Task<AuditAppendResult> AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken);

    /// <summary>The whole trail of one envelope, in sequence order.</summary>
    Task<IReadOnlyList<AuditEvent>> ListAsync(string envelopeId, CancellationToken cancellationToken);
}
