using System.Net;
using DocFlow.Functions.Mail;

namespace DocFlow.Functions.Acts;

/// <summary>Turns a subject and paragraphs into an outbox message (plain text and escaped HTML, links clickable).</summary>
public static class ActMailText
{
    public static MailMessage Build(string id, IReadOnlyList<MailAddress> to, string subject, IReadOnlyList<string> lines,
        string? link = null) => new()
    {
        Id = id,
        To = to,
        Subject = subject,
        Text = string.Join("\n\n", lines) + "\n",
        Html = "<!doctype html><html><body style=\"font-family:sans-serif\">" +
            string.Concat(lines.Select(line => line == link
                ? $"<p><a href=\"{WebUtility.HtmlEncode(line)}\">{WebUtility.HtmlEncode(line)}</a></p>"
                : $"<p>{WebUtility.HtmlEncode(line)}</p>")) +
            "</body></html>",
        Links = link is null ? [] : [link],
    };
}
