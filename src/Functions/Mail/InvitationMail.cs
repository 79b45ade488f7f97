using System.Net;
using DocFlow.Agreements.Model;

namespace DocFlow.Functions.Mail;

/// <summary>The signing invitation in the agreement's language, as plain text and HTML.</summary>
public static class InvitationMail
{
    public static MailMessage Create(string id, Locale locale, string signerName, string signerEmail, string senderName,
        string agreementNumber, bool appendices, string link, DateTimeOffset expiresAt)
    {
        var date = expiresAt.ToString("yyyy-MM-dd");
        var (subject, lines) = locale switch
        {
            Locale.Ru => (
                appendices ? $"Подпишите приложения к договору № {agreementNumber}" : $"Подпишите договор № {agreementNumber}",
                new[]
                {
                    $"Здравствуйте, {signerName}!",
                    $"{senderName} просит вас подписать {(appendices ? "приложения (техническое задание и сценарии приёмки) к договору" : "договор")} № {agreementNumber}.",
                    "Откройте ссылку, прочитайте документы и подпишите их простой электронной подписью:",
                    link,
                    $"Ссылка действует до {date}. Если вы не ждали этого письма, просто не отвечайте на него.",
                }),
            Locale.Uk => (
                appendices ? $"Підпишіть додатки до договору № {agreementNumber}" : $"Підпишіть договір № {agreementNumber}",
                new[]
                {
                    $"Вітаємо, {signerName}!",
                    $"{senderName} просить вас підписати {(appendices ? "додатки (технічне завдання та сценарії приймання) до договору" : "договір")} № {agreementNumber}.",
                    "Відкрийте посилання, прочитайте документи та підпишіть їх простим електронним підписом:",
                    link,
                    $"Посилання дійсне до {date}. Якщо ви не чекали на цей лист, просто не відповідайте на нього.",
                }),
            _ => (
                appendices ? $"Please sign the appendices to contract No. {agreementNumber}" : $"Please sign contract No. {agreementNumber}",
                new[]
                {
                    $"Hello {signerName},",
                    $"{senderName} asks you to sign {(appendices ? "the appendices (specification and acceptance scenarios) to contract" : "contract")} No. {agreementNumber}.",
                    "Open the link, read the documents and sign them with a simple electronic signature:",
                    link,
                    $"The link works until {date}. If you did not expect this message, simply ignore it.",
                }),
        };
        return new MailMessage
        {
            Id = id,
            To = [new MailAddress(signerEmail, signerName)],
            Subject = subject,
            Text = string.Join("\n\n", lines) + "\n",
            Html = Html(lines, link),
            Links = [link],
        };
    }

    private static string Html(IEnumerable<string> lines, string link) =>
        "<!doctype html><html><body style=\"font-family:sans-serif\">" +
        string.Concat(lines.Select(line => line == link
            ? $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(line)}</p>")) +
        "</body></html>";
}
