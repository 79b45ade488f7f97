using DocFlow.Agreements.Model;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Completion;

/// <summary>
/// The data of the certificate-of-completion page appended to each signed PDF. Rendering it is the templates' job;
/// <see cref="AuditHeadHash"/> ties the page to the audit.json stored beside the PDF.
/// </summary>
public sealed record CompletionCertificate
{
    public required string EnvelopeId { get; init; }
    public required string AgreementId { get; init; }
    public required string AgreementNumber { get; init; }
    public required string EnvelopeKind { get; init; }
    public required Locale Locale { get; init; }
    public required EnvelopeStatus Status { get; init; }
    public required IReadOnlyList<CompletionDocument> Documents { get; init; }
    /// <summary>Signers and approvers, then copy recipients, in envelope order.</summary>
    public required IReadOnlyList<CompletionSigner> Signers { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required int AuditEventCount { get; init; }
    public required string AuditHeadHash { get; init; }
}
