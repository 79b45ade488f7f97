namespace DocFlow.Functions.Mail;

/// <summary>Hands one mail to whatever delivers it (SendGrid, or .eml files locally).</summary>
public interface IMailTransport
{
    Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken);
}
