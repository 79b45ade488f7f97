using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>
/// The result of one transition: the envelope as it is now, the audit events to append, and either a value or a
/// failure. A failure can still change the envelope (a wrong code counts a try; an expired envelope becomes Expired):
/// whenever <see cref="Changed"/>, save <see cref="Envelope"/> (with the ETag it was read with) and append
/// <see cref="Events"/> — on success and failure alike.
/// </summary>
public sealed record SigningStep<T>(Envelope Envelope, IReadOnlyList<AuditEvent> Events, T? Value, SigningFailure? Failure)
{
    public bool Succeeded => Failure is null;
    public bool Changed => Events.Count > 0;
}
