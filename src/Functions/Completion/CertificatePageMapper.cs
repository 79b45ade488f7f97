using DocFlow.Agreements.Model;
using DocFlow.Signing.Completion;
using DocFlow.Signing.Envelopes;
using DocFlow.Templates.Certificates;

namespace DocFlow.Functions.Completion;

/// <summary>Signing's certificate data → the plain record the certificate template prints (Templates knows no Signing).</summary>
public static class CertificatePageMapper
{
    /// <param name="autoAcceptWorkingDays">Only for an act accepted by silence: the agreement's terms.autoAcceptWorkingDays.</param>
    /// <param name="stageTitle">Only for an act: its stage's title.</param>
    public static CertificatePage Map(CompletionCertificate certificate, Envelope envelope, int? autoAcceptWorkingDays = null,
        string? stageTitle = null) => new()
    {
        Locale = certificate.Locale,
        EnvelopeId = certificate.EnvelopeId,
        AgreementNumber = certificate.AgreementNumber,
        EnvelopeKind = certificate.EnvelopeKind,
        StageTitle = stageTitle,
        Documents = [.. certificate.Documents.Select(d => new CertificateDocument(d.Kind, d.Sha256))],
        Signers = [.. certificate.Signers.Select(Signer)],
        CreatedAt = certificate.CreatedAt,
        CompletedAt = certificate.CompletedAt ?? envelope.ClosedAt,
        Silence = envelope.Status == EnvelopeStatus.AcceptedBySilence ? Silence(envelope, autoAcceptWorkingDays) : null,
        AuditEventCount = certificate.AuditEventCount,
        AuditHeadHash = certificate.AuditHeadHash,
    };

    private static CertificateSigner Signer(CompletionSigner s) => new()
    {
        Name = s.Name,
        Email = s.Email,
        Role = s.Role switch { SignerRole.Signs => "signer", SignerRole.Approves => "approver", _ => "copy" },
        Party = s.Party,
        FullNameEntered = s.FullNameEntered,
        Ip = s.Ip,
        UserAgent = s.UserAgent,
        SentAt = s.SentAt,
        OpenedAt = s.OpenedAt,
        CodeConfirmedAt = s.CodeConfirmedAt,
        ConsentedAt = s.ConsentedAt,
        SignedAt = s.SignedAt,
        DeclinedAt = s.DeclinedAt,
        DeclineReason = s.DeclineReason,
    };

    // The client's signers who never answered; silence counts from when the client first had the act, as the
    // acceptance itself was decided (ActFollowUp.IsAcceptedBySilence).
    private static CertificateSilence Silence(Envelope envelope, int? workingDays)
    {
        var silent = envelope.UnansweredClientSigners.ToList();
        return new CertificateSilence
        {
            Unanswered = [.. silent.Select(s => new CertificateSilentParty(s.Name, s.Email))],
            Since = envelope.ClientReceivedAt ?? envelope.CreatedAt,
            WorkingDays = workingDays ?? new Terms().AutoAcceptWorkingDays,
        };
    }
}
