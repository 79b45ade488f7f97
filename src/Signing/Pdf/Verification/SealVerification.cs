namespace DocFlow.Signing.Pdf.Verification;

/// <summary>What the verifier found about the last seal of a PDF.
/// IsValid: the CMS signature verifies over the bytes its ByteRange names and the message digest matches them.
/// CoversWholeFileExceptSignature: those bytes are the entire file but the /Contents hex string (nothing appended).
/// CertificateExpected: null when the caller named no expected certificates.
/// IsAccepted is the verdict to show: all of the above hold.</summary>
public sealed record SealVerification
{
    public bool IsSealed { get; init; }
    public bool IsValid { get; init; }
    public bool CoversWholeFileExceptSignature { get; init; }
    public bool? CertificateExpected { get; init; }
    public string? SignerSubject { get; init; }
    /// <summary>SHA-256 of the signer certificate, upper-case hex.</summary>
    public string? CertificateThumbprint { get; init; }
    public DateTimeOffset? SigningTime { get; init; }
    public string? Name { get; init; }
    public string? Reason { get; init; }
    public string? Location { get; init; }
    public string? EnvelopeId { get; init; }
    /// <summary>SHA-256 of the signed byte ranges, upper-case hex.</summary>
    public string? ContentsDigest { get; init; }
    /// <summary>How many seals (signature dictionaries) the file carries; the checks above are about the last one.</summary>
    public int SealCount { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool IsAccepted => IsSealed && IsValid && CoversWholeFileExceptSignature && CertificateExpected != false;

    public static SealVerification NotSealed(string problem) => new() { Problems = [problem] };
}
