using DocFlow.Agreements.Model;

namespace DocFlow.Templates.Certificates;

/// <summary>
/// The data of a certificate-of-completion page, in plain values so that Templates needs nothing from Signing (the
/// Functions app maps its CompletionCertificate to this). Times are printed in UTC. <see cref="Silence"/> is set
/// when an act was accepted by silence rather than signed.
/// </summary>
public sealed record CertificatePage
{
    public required Locale Locale { get; init; }
    public required string EnvelopeId { get; init; }
    public required string AgreementNumber { get; init; }
    /// <summary>contract, appendices, act-{stageId}, termination.</summary>
    public required string EnvelopeKind { get; init; }
    /// <summary>For an act: its stage's title, printed instead of the stage id.</summary>
    public string? StageTitle { get; init; }
    public required IReadOnlyList<CertificateDocument> Documents { get; init; }
    /// <summary>Signers and approvers, then copy recipients.</summary>
    public required IReadOnlyList<CertificateSigner> Signers { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the last signature landed, or when silence counted as acceptance.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    public CertificateSilence? Silence { get; init; }
    public required int AuditEventCount { get; init; }
    public required string AuditHeadHash { get; init; }
}
