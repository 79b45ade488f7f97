namespace DocFlow.Signing.Pdf.Verification;

/// <summary>ExpectedThumbprints: SHA-256 hex thumbprints of the platform certificates whose seals count as ours
/// (current and previous after a rotation). Empty: the signer is reported, not judged.</summary>
public sealed record SealVerificationOptions
{
    public IReadOnlyCollection<string> ExpectedThumbprints { get; init; } = [];
}
