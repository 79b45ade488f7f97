using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>A decline: the envelope is stopped; tell <see cref="NotifyEmail"/> (the sender, i.e. the contractor) who
/// declined and why.</summary>
public sealed record DeclineOutcome(EnvelopeSigner Signer, string? Reason, string NotifyEmail);
