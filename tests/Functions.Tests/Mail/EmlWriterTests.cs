using System.Text;
using DocFlow.Functions.Mail;

namespace DocFlow.Functions.Tests.Mail;

public sealed class EmlWriterTests
{
    [Fact]
    public void Writes_encoded_headers_both_alternatives_and_the_attachment()
    {
        var message = new MailMessage
        {
            Id = "m1",
            To = [new MailAddress("p@example.com", "Пётр")],
            Subject = "Подпишите договор",
            Text = "текст",
            Html = "<p>html</p>",
            Attachments = [new MailAttachment("a.pdf", "application/pdf", [1, 2, 3])],
        };
        var eml = EmlWriter.Write(message, new MailAddress("from@example.com"));

        Assert.Contains("From: from@example.com\r\n", eml);
        Assert.Contains($"To: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("Пётр"))}?= <p@example.com>\r\n", eml);
        Assert.Contains($"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("Подпишите договор"))}?=\r\n", eml);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", eml);
        Assert.Contains("Content-Type: text/html; charset=utf-8", eml);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("текст")), eml);
        Assert.Contains("Content-Disposition: attachment; filename=\"a.pdf\"", eml);
        Assert.Contains("AQID", eml); // base64 of 1, 2, 3
        Assert.True(eml.All(c => c < 128), "an .eml is 7-bit ASCII");
    }

    [Fact]
    public void A_name_with_commas_angle_brackets_or_quotes_is_one_quoted_display_name()
    {
        var message = new MailMessage
        {
            Id = "m2",
            To = [new MailAddress("d@example.com", "Brooks, Daniel"), new MailAddress("x@example.com", "<img src=x> \"Q\\\"")],
            Subject = "s",
            Text = "t",
            Html = "h",
        };
        var eml = EmlWriter.Write(message, new MailAddress("from@example.com", "DocFlow"));

        Assert.Contains("From: DocFlow <from@example.com>\r\n", eml);
        Assert.Contains("To: \"Brooks, Daniel\" <d@example.com>, \"<img src=x> \\\"Q\\\\\\\"\" <x@example.com>\r\n", eml);
    }

    [Fact]
    public void Invitation_is_in_the_agreement_language_with_the_link_in_both_bodies()
    {
        var mail = InvitationMail.Create("i1", DocFlow.Agreements.Model.Locale.Uk, "Олена", "o@example.com", "ТОВ «Альфа»",
            "7/2026", appendices: false, "https://x.test/sign/abc", new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("Підпишіть договір № 7/2026", mail.Subject);
        Assert.Contains("https://x.test/sign/abc", mail.Text);
        Assert.Contains("href=\"https://x.test/sign/abc\"", mail.Html);
        Assert.Contains("2026-05-01", mail.Text);
        Assert.Equal(["https://x.test/sign/abc"], mail.Links);
    }
}
