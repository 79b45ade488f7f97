namespace DocFlow.Functions.Completion;

/// <summary>
/// What the signed version of an envelope is: the sealed PDFs and audit.json in the signed container, their hashes,
/// when it was sealed and with which certificate. Shown by GET /api/agreements/{id}; read by /api/verify.
/// </summary>
public sealed record SignedVersion
{
    public required string EnvelopeId { get; init; }
    public required string AgreementId { get; init; }
    public required string EnvelopeKind { get; init; }
    /// <summary>completed or acceptedbysilence.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset SealedAt { get; init; }
    public required string CertificateThumbprint { get; init; }
    public required IReadOnlyList<SignedFile> Documents { get; init; }
    public required SignedFile Audit { get; init; }
}
