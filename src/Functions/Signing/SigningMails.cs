using DocFlow.Agreements.Model;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Mail;

namespace DocFlow.Functions.Signing;

/// <summary>The mails the signing page itself causes, in the envelope's language: the one-time code, and the decline
/// notice to the sender.</summary>
public static class SigningMails
{
    public static MailMessage Code(string id, Locale locale, MailAddress to, string number, string code)
    {
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"Код подписания {code} — договор № {number}", new[]
            {
                $"Здравствуйте, {to.Name}!",
                $"Ваш одноразовый код для подписания документов по договору № {number}: {code}",
                "Код действует 10 минут и только для одной подписи. Никому его не сообщайте.",
                "Если вы не запрашивали код, не вводите его и сообщите отправителю документов.",
            }),
            Locale.Uk => ($"Код підписання {code} — договір № {number}", new[]
            {
                $"Вітаємо, {to.Name}!",
                $"Ваш одноразовий код для підписання документів за договором № {number}: {code}",
                "Код дійсний 10 хвилин і лише для одного підпису. Нікому його не повідомляйте.",
                "Якщо ви не запитували код, не вводьте його та повідомте відправника документів.",
            }),
            _ => ($"Signing code {code} — contract No. {number}", new[]
            {
                $"Hello {to.Name},",
                $"Your one-time code for signing the documents of contract No. {number}: {code}",
                "The code works for 10 minutes and for one signature only. Do not share it.",
                "If you did not ask for a code, do not enter it and tell the sender of the documents.",
            }),
        };
        return ActMailText.Build(id, [to], subject, lines) with { DeleteBodyWhenSent = true };
    }

    public static MailMessage Declined(string id, Locale locale, MailAddress to, string number, string document,
        string declinedBy, string declinedEmail, string? reason)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason;
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"Отказ от подписания: {document} по договору № {number}", new[]
            {
                $"{declinedBy} ({declinedEmail}) отказался подписать: {document} по договору № {number}.",
                why is null ? "Причина не указана." : $"Причина: {why}",
                "Конверт остановлен: больше никто не может подписать эти документы. Исправьте документы и отправьте их заново.",
            }),
            Locale.Uk => ($"Відмова від підписання: {document} за договором № {number}", new[]
            {
                $"{declinedBy} ({declinedEmail}) відмовився підписати: {document} за договором № {number}.",
                why is null ? "Причину не зазначено." : $"Причина: {why}",
                "Конверт зупинено: більше ніхто не може підписати ці документи. Виправте документи та надішліть їх знову.",
            }),
            _ => ($"Declined: {document} under contract No. {number}", new[]
            {
                $"{declinedBy} ({declinedEmail}) declined to sign: {document} under contract No. {number}.",
                why is null ? "No reason was given." : $"Reason: {why}",
                "The envelope is stopped: nobody else can sign these documents. Correct them and send them again.",
            }),
        };
        return ActMailText.Build(id, [to], subject, lines);
    }
}
