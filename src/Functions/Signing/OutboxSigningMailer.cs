using System.Globalization;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Completion;
using DocFlow.Functions.Configuration;
using DocFlow.Functions.Mail;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Ports;
using PortAttachment = DocFlow.Signing.Ports.MailAttachment;

namespace DocFlow.Functions.Signing;

/// <summary>
/// The signing core's mail port over the outbox. Ids say what a mail is about (envelope, signer, moment), so a step
/// retried after a crash records each mail once.
/// </summary>
public sealed class OutboxSigningMailer(MailOutbox outbox, EnvelopeAgreements agreements, DocFlowOptions options) : ISigningMailer
{
    public async Task SendInvitationAsync(Envelope envelope, IssuedToken invitation, CancellationToken cancellationToken)
    {
        var (_, agreement) = await agreements.FindAsync(envelope, cancellationToken)
            ?? throw new InvalidOperationException($"No agreement {envelope.AgreementId} for envelope {envelope.Id}.");
        var link = Link(invitation.Token);
        var id = $"{envelope.Id}-invite-{invitation.SignerIndex.ToString(CultureInfo.InvariantCulture)}";
        var mail = envelope.Kind is EnvelopeKinds.Contract or EnvelopeKinds.Appendices
            ? InvitationMail.Create(id, envelope.Locale, invitation.Name, invitation.Email, agreement.Contractor.DisplayName,
                envelope.AgreementNumber, envelope.Kind == EnvelopeKinds.Appendices, link, envelope.ExpiresAt)
            : ActMails.Issued(id, envelope.Locale, new MailAddress(invitation.Email, invitation.Name),
                agreement.Contractor.DisplayName, envelope.AgreementNumber, EnvelopeAgreements.EnvelopeName(envelope, agreement),
                link, envelope.ExpiresAt);
        await outbox.EnqueueAsync(mail, cancellationToken);
    }

    public Task SendCodeAsync(Envelope envelope, EnvelopeSigner signer, string code, DateTimeOffset expiresAt,
        CancellationToken cancellationToken)
    {
        var id = $"{envelope.Id}-code-{signer.Index.ToString(CultureInfo.InvariantCulture)}-{expiresAt.ToUnixTimeMilliseconds()}";
        return outbox.EnqueueAsync(SigningMails.Code(id, envelope.Locale, new MailAddress(signer.Email, signer.Name),
            envelope.AgreementNumber, code), cancellationToken);
    }

    public async Task SendReminderAsync(Envelope envelope, IssuedToken reminder, CancellationToken cancellationToken)
    {
        var (_, agreement) = await agreements.FindAsync(envelope, cancellationToken)
            ?? throw new InvalidOperationException($"No agreement {envelope.AgreementId} for envelope {envelope.Id}.");
        var signer = envelope.Signers[reminder.SignerIndex];
        var id = $"{envelope.Id}-remind-{reminder.SignerIndex.ToString(CultureInfo.InvariantCulture)}-{signer.RemindersSent}";
        await outbox.EnqueueAsync(ActMails.Reminder(id, envelope.Locale, new MailAddress(reminder.Email, reminder.Name),
            envelope.AgreementNumber, EnvelopeAgreements.EnvelopeName(envelope, agreement), Link(reminder.Token)), cancellationToken);
    }

    public async Task SendDeclinedAsync(Envelope envelope, EnvelopeSigner decliner, CancellationToken cancellationToken)
    {
        var (_, agreement) = await agreements.FindAsync(envelope, cancellationToken)
            ?? throw new InvalidOperationException($"No agreement {envelope.AgreementId} for envelope {envelope.Id}.");
        var id = $"{envelope.Id}-declined";
        await outbox.EnqueueAsync(SigningMails.Declined(id, envelope.Locale,
            new MailAddress(envelope.SenderEmail, agreement.Contractor.DisplayName), envelope.AgreementNumber,
            EnvelopeAgreements.EnvelopeName(envelope, agreement), decliner.FullNameEntered ?? decliner.Name, decliner.Email,
            decliner.DeclineReason), cancellationToken);
    }

    public async Task SendCompletedAsync(Envelope envelope, IReadOnlyList<EnvelopeSigner> recipients,
        IReadOnlyList<PortAttachment> attachments, CancellationToken cancellationToken)
    {
        var files = attachments.Select(a => new Mail.MailAttachment(a.FileName, a.ContentType, a.Content.ToArray())).ToArray();
        foreach (var recipient in recipients)
        {
            var id = $"{envelope.Id}-completed-{recipient.Index.ToString(CultureInfo.InvariantCulture)}";
            await outbox.EnqueueAsync(CompletedMail.Create(id, envelope, recipient, options.PublicUrl + "/api/verify", files),
                cancellationToken);
        }
    }

    private string Link(string token) => $"{options.PublicUrl}/sign/{token}";
}
