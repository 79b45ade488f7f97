namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>What the seal says about itself. The caller owns time: SigningTime goes into /M (PAdES B-B puts no
/// signing-time attribute in the CMS). EnvelopeId, when given, is stored in the signature dictionary so a verifier
/// can name the envelope the file came from.</summary>
public sealed record SealInfo
{
    public required string Name { get; init; }
    public required DateTimeOffset SigningTime { get; init; }
    public string? Reason { get; init; }
    public string? Location { get; init; }
    public string? ContactInfo { get; init; }
    public string? EnvelopeId { get; init; }
}
