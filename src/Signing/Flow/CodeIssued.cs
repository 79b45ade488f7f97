using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>A code to mail now (never stored in clear) and when it stops working.</summary>
public sealed record CodeIssued(EnvelopeSigner Signer, string Code, DateTimeOffset ExpiresAt);
