using System.Net;
using DocFlow.Functions.Configuration;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace DocFlow.Functions.Mail;

/// <summary>Delivery through SendGrid's v3 API. 429 and 5xx are retried by the outbox, other 4xx are final.</summary>
public sealed class SendGridMailTransport(DocFlowOptions options, IHttpClientFactory httpClients) : IMailTransport
{
    public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = options.SendGridApiKey };
        if (options.SendGridHost is not null) clientOptions.Host = options.SendGridHost;
        var client = new SendGridClient(httpClients.CreateClient(nameof(SendGridMailTransport)), clientOptions);
        Response response;
        try
        {
            response = await client.SendEmailAsync(Build(message), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return MailDelivery.Retry(e.Message);
        }
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode) return MailDelivery.Accepted($"SendGrid {status}");
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            return MailDelivery.Retry($"SendGrid {status}", response.Headers.RetryAfter?.Delta);
        return MailDelivery.Rejected($"SendGrid {status}: {await response.Body.ReadAsStringAsync(cancellationToken)}");
    }

    private SendGridMessage Build(MailMessage message)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(options.MailFrom, options.MailFromName),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTos(message.To.Select(to => new EmailAddress(to.Email, to.Name)).ToList());
        mail.AddCustomArg("docflow_message_id", message.Id);
        foreach (var attachment in message.Attachments)
            mail.AddAttachment(attachment.FileName, Convert.ToBase64String(attachment.Content), attachment.ContentType);
        return mail;
    }
}
