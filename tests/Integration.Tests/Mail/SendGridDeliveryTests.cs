using System.Text;
using DocFlow.Functions.Mail;
using DocFlow.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocFlow.Integration.Tests.Mail;

/// <summary>Its own Azurite and app: their outbox must not be shared with the .eml app of the other tests.</summary>
public sealed class SendGridDeliveryTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private FakeSendGrid sendGrid = null!;
    private RunningApp app = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartNewAsync();
        sendGrid = await FakeSendGrid.StartAsync();
        app = await RunningApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["SENDGRID_API_KEY"] = "SG.fake-key",
            ["DOCFLOW_SENDGRID_HOST"] = sendGrid.Url,
            ["DOCFLOW_MAIL_FROM"] = "contracts@docflow.test",
            ["DOCFLOW_MAIL_RETRY_MS"] = "50",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await sendGrid.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Payload_carries_recipients_subject_bodies_and_attachments()
    {
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await outbox.EnqueueAsync(Message("m-payload"), CancellationToken.None);
        await Eventually.HoldsAsync(() => !sendGrid.Requests.IsEmpty, "SendGrid was called");

        var request = sendGrid.Requests.Single();
        Assert.Equal("Bearer SG.fake-key", sendGrid.Authorizations.Single());
        Assert.Equal("contracts@docflow.test", request.GetProperty("from").GetProperty("email").GetString());
        var personalization = request.GetProperty("personalizations")[0];
        Assert.Equal(["a@example.com", "b@example.com"],
            personalization.GetProperty("to").EnumerateArray().Select(to => to.GetProperty("email").GetString()).ToArray());
        Assert.Equal("Договор № 1 подписан", request.GetProperty("subject").GetString());
        var contents = request.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToArray();
        Assert.Equal(["text/plain", "text/html"], contents);
        var attachment = request.GetProperty("attachments")[0];
        Assert.Equal("contract.pdf", attachment.GetProperty("filename").GetString());
        Assert.Equal("%PDF-1.7 test", Encoding.ASCII.GetString(Convert.FromBase64String(attachment.GetProperty("content").GetString()!)));
        await Eventually.HoldsAsync(async () => (await outbox.FindAsync("m-payload", default))?.State == OutboxState.Sent, "marked sent");
    }

    [Fact]
    public async Task Throttling_and_server_errors_are_retried_until_accepted_and_the_mail_goes_once()
    {
        sendGrid.AnswerNext(429, 500, 503);
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await outbox.EnqueueAsync(Message("m-retry"), CancellationToken.None);
        // Enqueueing the same mail again (a retried request) must not add a second one.
        await outbox.EnqueueAsync(Message("m-retry"), CancellationToken.None);

        await Eventually.HoldsAsync(async () => (await outbox.FindAsync("m-retry", default))?.State == OutboxState.Sent, "sent in the end");
        await Task.Delay(1000); // a dispatcher that would send twice has had time to
        Assert.Equal([429, 500, 503, 202], sendGrid.Answers.ToArray());
        Assert.Equal(4, (await outbox.FindAsync("m-retry", default))!.Attempts);
        Assert.All(sendGrid.Requests, request => Assert.Equal("Договор № 1 подписан", request.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task A_permanent_refusal_is_recorded_and_not_retried()
    {
        sendGrid.AnswerNext(400);
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await outbox.EnqueueAsync(Message("m-refused"), CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await outbox.FindAsync("m-refused", default))?.State == OutboxState.Rejected, "rejected");
        await Task.Delay(500);
        Assert.Single(sendGrid.Answers);
    }

    private static MailMessage Message(string id) => new()
    {
        Id = id,
        To = [new MailAddress("a@example.com", "A"), new MailAddress("b@example.com")],
        Subject = "Договор № 1 подписан",
        Text = "Подписанные документы во вложении.",
        Html = "<p>Подписанные документы во вложении.</p>",
        Attachments = [new MailAttachment("contract.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7 test"))],
    };
}
