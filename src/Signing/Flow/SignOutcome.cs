using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>
/// A signature taken. <see cref="NextSignersToInvite"/>: sequential order's next round, each with a fresh raw token for
/// the invitation link. When <see cref="EnvelopeCompleted"/>, seal the documents and mail
/// <see cref="CompletedRecipients"/> (every signer and every copy recipient).
/// </summary>
public sealed record SignOutcome(
    EnvelopeSigner Signer,
    bool EnvelopeCompleted,
    IReadOnlyList<IssuedToken> NextSignersToInvite,
    IReadOnlyList<EnvelopeSigner> CompletedRecipients);
