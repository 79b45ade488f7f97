using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Ports;

/// <summary>The signing mails, implemented by the Functions app (outbox, then SendGrid or .eml files). Links are
/// built by the implementation from its public URL and the raw token: "{publicUrl}/sign/{token}".</summary>
public interface ISigningMailer
{
    Task SendInvitationAsync(Envelope envelope, IssuedToken invitation, CancellationToken cancellationToken);

    Task SendCodeAsync(Envelope envelope, EnvelopeSigner signer, string code, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task SendReminderAsync(Envelope envelope, IssuedToken reminder, CancellationToken cancellationToken);

    /// <summary>Tells the sender (<see cref="Envelope.SenderEmail"/>) who declined and why.</summary>
    Task SendDeclinedAsync(Envelope envelope, EnvelopeSigner decliner, CancellationToken cancellationToken);

    /// <summary>The signed, sealed PDFs (and audit.json) to every signer and copy recipient.</summary>
    Task SendCompletedAsync(
        Envelope envelope, IReadOnlyList<EnvelopeSigner> recipients, IReadOnlyList<MailAttachment> attachments,
        CancellationToken cancellationToken);
}
