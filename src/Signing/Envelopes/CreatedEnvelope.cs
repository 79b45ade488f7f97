using DocFlow.Signing.Audit;

namespace DocFlow.Signing.Envelopes;

/// <summary>A new envelope, its first audit events (created, sent…) and the invitations to mail now.</summary>
public sealed record CreatedEnvelope(Envelope Envelope, IReadOnlyList<AuditEvent> Events, IReadOnlyList<IssuedToken> Invitations);
