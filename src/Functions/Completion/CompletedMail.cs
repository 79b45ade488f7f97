using System.Net;
using DocFlow.Agreements.Model;
using DocFlow.Functions.Mail;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Completion;

/// <summary>The "completed" mail in the agreement's language: the signed PDFs and audit.json attached, and where to
/// check a file's seal.</summary>
public static class CompletedMail
{
    public static MailMessage Create(string id, Envelope envelope, EnvelopeSigner recipient, string verifyUrl,
        IReadOnlyList<MailAttachment> attachments)
    {
        var silence = envelope.Status == EnvelopeStatus.AcceptedBySilence;
        var (subject, lines) = envelope.Locale switch
        {
            Locale.Ru => (
                silence ? $"Акт по договору № {envelope.AgreementNumber} принят без возражений" : $"Документы по договору № {envelope.AgreementNumber} подписаны",
                new[]
                {
                    $"Здравствуйте, {recipient.Name}!",
                    silence
                        ? $"Акт по договору № {envelope.AgreementNumber} не был подписан или оспорен в срок и по условиям договора считается принятым."
                        : $"Все стороны подписали {What(envelope.Kind, Locale.Ru)} по договору № {envelope.AgreementNumber}.",
                    "К письму приложены документы с сертификатом завершения и электронной печатью DocFlow, а также журнал аудита (audit.json).",
                    $"Проверить подлинность файла можно, отправив его на {verifyUrl}.",
                }),
            Locale.Uk => (
                silence ? $"Акт за договором № {envelope.AgreementNumber} прийнято без заперечень" : $"Документи за договором № {envelope.AgreementNumber} підписано",
                new[]
                {
                    $"Вітаємо, {recipient.Name}!",
                    silence
                        ? $"Акт за договором № {envelope.AgreementNumber} не було підписано чи оскаржено вчасно, тож за умовами договору він вважається прийнятим."
                        : $"Усі сторони підписали {What(envelope.Kind, Locale.Uk)} за договором № {envelope.AgreementNumber}.",
                    "До листа додано документи із сертифікатом завершення та електронною печаткою DocFlow, а також журнал аудиту (audit.json).",
                    $"Перевірити справжність файлу можна, надіславши його на {verifyUrl}.",
                }),
            _ => (
                silence ? $"Act under contract No. {envelope.AgreementNumber} accepted without objection" : $"Contract No. {envelope.AgreementNumber}: documents signed",
                new[]
                {
                    $"Hello {recipient.Name},",
                    silence
                        ? $"The act under contract No. {envelope.AgreementNumber} was neither signed nor disputed in time and under the contract counts as accepted."
                        : $"Every party has signed {What(envelope.Kind, Locale.En)} under contract No. {envelope.AgreementNumber}.",
                    "Attached are the documents with the certificate of completion and the DocFlow electronic seal, and the audit trail (audit.json).",
                    $"To check a file's seal, send it to {verifyUrl}.",
                }),
        };
        return new MailMessage
        {
            Id = id,
            To = [new MailAddress(recipient.Email, recipient.Name)],
            Subject = subject,
            Text = string.Join("\n\n", lines) + "\n",
            Html = "<!doctype html><html><body style=\"font-family:sans-serif\">"
                + string.Concat(lines.Select(line => $"<p>{WebUtility.HtmlEncode(line)}</p>")) + "</body></html>",
            Attachments = attachments,
        };
    }

    private static string What(string envelopeKind, Locale locale) => (envelopeKind, locale) switch
    {
        (EnvelopeKinds.Contract, Locale.Ru) => "договор",
        (EnvelopeKinds.Appendices, Locale.Ru) => "приложения",
        (EnvelopeKinds.Termination, Locale.Ru) => "расчёт при расторжении",
        (_, Locale.Ru) => "акт",
        (EnvelopeKinds.Contract, Locale.Uk) => "договір",
        (EnvelopeKinds.Appendices, Locale.Uk) => "додатки",
        (EnvelopeKinds.Termination, Locale.Uk) => "розрахунок при розірванні",
        (_, Locale.Uk) => "акт",
        (EnvelopeKinds.Contract, _) => "the contract",
        (EnvelopeKinds.Appendices, _) => "the appendices",
        (EnvelopeKinds.Termination, _) => "the termination statement",
        _ => "the act",
    };
}
