namespace DocFlow.Functions.Completion;

/// <summary>
/// The answer of POST /api/verify. Valid: the seal's signature verifies over the bytes its ByteRange names.
/// CoversWholeFile: those bytes are the whole file but the signature (nothing appended after sealing).
/// MatchesStoredVersion: byte-identical to a signed version DocFlow stored for the envelope the seal names.
/// </summary>
public sealed record VerifyAnswer
{
    public required bool Sealed { get; init; }
    public required bool Valid { get; init; }
    public required bool CoversWholeFile { get; init; }
    public VerifiedCertificate? Certificate { get; init; }
    public DateTimeOffset? SignedAt { get; init; }
    public VerifiedEnvelope? Envelope { get; init; }
    public required bool MatchesStoredVersion { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
}
