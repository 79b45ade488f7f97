using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Completion;

/// <summary>Builds the certificate-of-completion data from an envelope and its audit trail.</summary>
public static class CompletionCertificateBuilder
{
    /// <summary>
    /// The IP and user agent shown per signer are those of the signing (or declining) event in the trail, which is what
    /// the certificate attests; the envelope's own fields are the fallback.
    /// </summary>
    /// <exception cref="InvalidOperationException">The trail does not verify against the envelope, or belongs to another.</exception>
    public static CompletionCertificate Build(Envelope envelope, IReadOnlyList<AuditEvent> events)
    {
        var check = AuditChain.Verify(events, envelope.AuditHead);
        if (!check.IsValid)
            throw new InvalidOperationException($"Audit trail of {envelope.Id} is broken at {check.FirstBrokenIndex}: {check.Problem}.");
        if (events.Count > 0 && events[0].EnvelopeId != envelope.Id)
            throw new InvalidOperationException($"Audit trail belongs to {events[0].EnvelopeId}, not {envelope.Id}.");

        return new CompletionCertificate
        {
            EnvelopeId = envelope.Id,
            AgreementId = envelope.AgreementId,
            AgreementNumber = envelope.AgreementNumber,
            EnvelopeKind = envelope.Kind,
            Locale = envelope.Locale,
            Status = envelope.Status,
            Documents = [.. envelope.DocumentKinds.Select(k => new CompletionDocument(k, envelope.Documents[k]))],
            Signers = [.. envelope.Signers.OrderBy(s => s.MustSign ? 0 : 1).ThenBy(s => s.Index).Select(s => Line(s, events))],
            CreatedAt = envelope.CreatedAt,
            CompletedAt = envelope.Status == EnvelopeStatus.Completed ? envelope.ClosedAt : null,
            AuditEventCount = envelope.AuditHead.Sequence,
            AuditHeadHash = envelope.AuditHead.Hash,
        };
    }

    private static CompletionSigner Line(EnvelopeSigner s, IReadOnlyList<AuditEvent> events)
    {
        var final = events.LastOrDefault(e =>
            e.Type is AuditEventTypes.Signed or AuditEventTypes.Declined && e.Data.GetValueOrDefault("email") == s.Email
            && e.Data.GetValueOrDefault("signerIndex") == s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new CompletionSigner
        {
            Name = s.Name,
            Email = s.Email,
            Role = s.Role,
            Party = s.Party,
            FullNameEntered = s.FullNameEntered,
            Ip = final?.Ip ?? s.Ip,
            UserAgent = final?.UserAgent ?? s.UserAgent,
            SentAt = s.SentAt,
            OpenedAt = s.OpenedAt,
            CodeConfirmedAt = s.CodeConfirmedAt,
            ConsentedAt = s.ConsentedAt,
            SignedAt = s.SignedAt,
            DeclinedAt = s.DeclinedAt,
            DeclineReason = s.DeclineReason,
        };
    }
}
