using System.Text;

namespace DocFlow.Functions.Mail;

/// <summary>RFC 5322 / MIME text of a mail: plain text and HTML alternatives, attachments, UTF-8 headers encoded.</summary>
public static class EmlWriter
{
    public static string Write(MailMessage message, MailAddress from)
    {
        var mixed = "mixed-" + Guid.NewGuid().ToString("N");
        var alternative = "alt-" + Guid.NewGuid().ToString("N");
        var eml = new StringBuilder();
        eml.Append("From: ").Append(Address(from)).Append("\r\n");
        eml.Append("To: ").Append(string.Join(", ", message.To.Select(Address))).Append("\r\n");
        eml.Append("Subject: ").Append(Encode(message.Subject)).Append("\r\n");
        eml.Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r")).Append("\r\n");
        eml.Append("Message-ID: <").Append(message.Id).Append("@docflow>\r\n");
        eml.Append("MIME-Version: 1.0\r\n");
        eml.Append($"Content-Type: multipart/mixed; boundary=\"{mixed}\"\r\n\r\n");
        eml.Append($"--{mixed}\r\nContent-Type: multipart/alternative; boundary=\"{alternative}\"\r\n\r\n");
        AppendPart(eml, alternative, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(message.Text), null);
        AppendPart(eml, alternative, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(message.Html), null);
        eml.Append($"--{alternative}--\r\n");
        foreach (var attachment in message.Attachments)
            AppendPart(eml, mixed, attachment.ContentType, attachment.Content, attachment.FileName);
        eml.Append($"--{mixed}--\r\n");
        return eml.ToString();
    }

    private static void AppendPart(StringBuilder eml, string boundary, string contentType, byte[] content, string? fileName)
    {
        eml.Append($"--{boundary}\r\nContent-Type: {contentType}\r\nContent-Transfer-Encoding: base64\r\n");
        if (fileName is not null) eml.Append($"Content-Disposition: attachment; filename=\"{Encode(fileName)}\"\r\n");
        eml.Append("\r\n").Append(Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
    }

    private static string Address(MailAddress address) =>
        address.Name is null ? address.Email : $"{DisplayName(address.Name)} <{address.Email}>";

    // An ASCII name with RFC 5322 specials ("Brooks, Daniel", "<b>") must be a quoted string, or a mail client splits
    // it into two recipients or takes the "<...>" in the name for the address.
    private static string DisplayName(string name) =>
        name.All(c => c is >= ' ' and <= '~') && name.IndexOfAny(Specials) >= 0
            ? "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : Encode(name);

    private static readonly char[] Specials = ['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '.', '"'];

    // RFC 2047 encoded-word for anything that is not plain ASCII.
    private static string Encode(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
