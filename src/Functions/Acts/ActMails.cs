using DocFlow.Agreements.Model;
using DocFlow.Functions.Mail;

namespace DocFlow.Functions.Acts;

/// <summary>
/// The mails of the after-signing work, in the agreement's language: act (or termination statement) issued, reminder,
/// accepted by silence, envelope expired, support period notice. Ids say what the mail is about, so a retried step
/// records each mail once.
/// </summary>
public static class ActMails
{
    public static MailMessage Issued(string id, Locale locale, MailAddress to, string senderName, string number,
        string document, string link, DateTimeOffset expiresAt)
    {
        var until = expiresAt.ToString("yyyy-MM-dd");
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"Подпишите: {document} по договору № {number}", new[]
            {
                $"Здравствуйте, {to.Name}!",
                $"{senderName} направляет вам на подписание: {document} по договору № {number}.",
                "Откройте ссылку, прочитайте документ и подпишите его или откажитесь с указанием причин:",
                link,
                $"Ссылка действует до {until}.",
            }),
            Locale.Uk => ($"Підпишіть: {document} за договором № {number}", new[]
            {
                $"Вітаємо, {to.Name}!",
                $"{senderName} надсилає вам на підписання: {document} за договором № {number}.",
                "Відкрийте посилання, прочитайте документ і підпишіть його або відмовтеся із зазначенням причин:",
                link,
                $"Посилання дійсне до {until}.",
            }),
            _ => ($"Please sign: {document} under contract No. {number}", new[]
            {
                $"Hello {to.Name},",
                $"{senderName} sends you for signature: {document} under contract No. {number}.",
                "Open the link, read the document and sign it, or decline giving your reasons:",
                link,
                $"The link works until {until}.",
            }),
        };
        return ActMailText.Build(id, [to], subject, lines, link);
    }

    public static MailMessage Reminder(string id, Locale locale, MailAddress to, string number, string document, string link)
    {
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"Напоминание: {document} по договору № {number} ждёт вашей подписи", new[]
            {
                $"Здравствуйте, {to.Name}!", $"{document} по договору № {number} всё ещё ждёт вашей подписи:", link,
            }),
            Locale.Uk => ($"Нагадування: {document} за договором № {number} чекає на ваш підпис", new[]
            {
                $"Вітаємо, {to.Name}!", $"{document} за договором № {number} досі чекає на ваш підпис:", link,
            }),
            _ => ($"Reminder: {document} under contract No. {number} awaits your signature", new[]
            {
                $"Hello {to.Name},", $"{document} under contract No. {number} is still waiting for your signature:", link,
            }),
        };
        return ActMailText.Build(id, [to], subject, lines, link);
    }

    public static MailMessage AcceptedBySilence(string id, Locale locale, IReadOnlyList<MailAddress> to, string number,
        string document, DateOnly sentOn, int workingDays, DateOnly acceptedOn)
    {
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"{document} по договору № {number} принят (нет ответа)", new[]
            {
                $"{document} по договору № {number} направлен {sentOn:dd.MM.yyyy}.",
                $"За {workingDays} рабочих дней заказчик не подписал его и не направил мотивированный отказ, поэтому по условиям договора работы считаются принятыми {acceptedOn:dd.MM.yyyy}.",
                "Документ с отметкой о приёмке и журналом событий будет направлен отдельным письмом.",
            }),
            Locale.Uk => ($"{document} за договором № {number} прийнято (немає відповіді)", new[]
            {
                $"{document} за договором № {number} надіслано {sentOn:dd.MM.yyyy}.",
                $"Протягом {workingDays} робочих днів замовник не підписав його і не надіслав мотивовану відмову, тому за умовами договору роботи вважаються прийнятими {acceptedOn:dd.MM.yyyy}.",
                "Документ з позначкою про приймання та журналом подій буде надіслано окремим листом.",
            }),
            _ => ($"{document} under contract No. {number} accepted (no answer)", new[]
            {
                $"{document} under contract No. {number} was sent on {sentOn:yyyy-MM-dd}.",
                $"Within {workingDays} working days the client neither signed it nor sent a reasoned refusal, so under the contract the work counts as accepted on {acceptedOn:yyyy-MM-dd}.",
                "The document with the acceptance record and the audit trail follows in a separate message.",
            }),
        };
        return ActMailText.Build(id, to, subject, lines);
    }

    public static MailMessage Expired(string id, Locale locale, MailAddress to, string number, string document, DateTimeOffset expiredAt)
    {
        var (subject, lines) = locale switch
        {
            Locale.Ru => ($"Срок подписания истёк: {document} по договору № {number}", new[]
            {
                $"Срок подписания ({expiredAt:dd.MM.yyyy}) истёк, а подписали не все: {document} по договору № {number}.",
                "Ссылки больше не действуют. Чтобы продолжить, отправьте документ заново.",
            }),
            Locale.Uk => ($"Строк підписання минув: {document} за договором № {number}", new[]
            {
                $"Строк підписання ({expiredAt:dd.MM.yyyy}) минув, а підписали не всі: {document} за договором № {number}.",
                "Посилання більше не діють. Щоб продовжити, надішліть документ знову.",
            }),
            _ => ($"Signing expired: {document} under contract No. {number}", new[]
            {
                $"The signing deadline ({expiredAt:yyyy-MM-dd}) passed before everyone signed: {document} under contract No. {number}.",
                "The links no longer work. Send the document again to continue.",
            }),
        };
        return ActMailText.Build(id, [to], subject, lines);
    }

    public static MailMessage SupportNotice(string id, Agreement agreement, IReadOnlyList<MailAddress> to, DateOnly finalActOn,
        DateOnly supportUntil)
    {
        var terms = agreement.Terms;
        var sla = terms.Sla;
        var number = agreement.Number;
        var (subject, lines) = agreement.Locale switch
        {
            Locale.Ru => ($"Работы по договору № {number} приняты: гарантийная поддержка до {supportUntil:dd.MM.yyyy}", new[]
            {
                $"Все акты по договору № {number} приняты, последний — {finalActOn:dd.MM.yyyy}.",
                $"Гарантийная поддержка действует {terms.SupportMonths} мес., до {supportUntil:dd.MM.yyyy} включительно: исполнитель бесплатно исправляет то, что работало при приёмке и перестало работать.",
                $"Время реакции: критичные обращения — {sla.Critical.ResponseHours} ч, обычные — {sla.Normal.ResponseHours} ч; рабочее время {sla.WorkingHours} ({sla.TimeZone}). Время реакции не равно времени исправления.",
                "Новые функции и изменения сверх технического задания в поддержку не входят и оформляются отдельно.",
            }),
            Locale.Uk => ($"Роботи за договором № {number} прийнято: гарантійна підтримка до {supportUntil:dd.MM.yyyy}", new[]
            {
                $"Усі акти за договором № {number} прийнято, останній — {finalActOn:dd.MM.yyyy}.",
                $"Гарантійна підтримка діє {terms.SupportMonths} міс., до {supportUntil:dd.MM.yyyy} включно: виконавець безкоштовно виправляє те, що працювало під час приймання і перестало працювати.",
                $"Час реакції: критичні звернення — {sla.Critical.ResponseHours} год, звичайні — {sla.Normal.ResponseHours} год; робочий час {sla.WorkingHours} ({sla.TimeZone}). Час реакції не дорівнює часу виправлення.",
                "Нові функції та зміни понад технічне завдання до підтримки не входять і оформлюються окремо.",
            }),
            _ => ($"Work under contract No. {number} accepted: support until {supportUntil:yyyy-MM-dd}", new[]
            {
                $"Every act under contract No. {number} is accepted, the last on {finalActOn:yyyy-MM-dd}.",
                $"Support runs for {terms.SupportMonths} months, until {supportUntil:yyyy-MM-dd} inclusive: the contractor fixes free of charge what worked at acceptance and stopped working.",
                $"Response times: critical requests {sla.Critical.ResponseHours} h, normal {sla.Normal.ResponseHours} h; working hours {sla.WorkingHours} ({sla.TimeZone}). Response time is not resolution time.",
                "New features and changes beyond the specification are not covered and are agreed separately.",
            }),
        };
        return ActMailText.Build(id, to, subject, lines);
    }

    /// <summary>How the mails name what is signed: "Акт по этапу «…»", "Termination statement", …</summary>
    public static string DocumentName(Locale locale, string envelopeKind, string? stageTitle) => (locale, envelopeKind) switch
    {
        (Locale.Ru, "termination") => "Соглашение о расторжении и расчёт возврата",
        (Locale.Uk, "termination") => "Угода про розірвання та розрахунок повернення",
        (_, "termination") => "Termination statement",
        (Locale.Ru, "contract") => "Договор",
        (Locale.Uk, "contract") => "Договір",
        (_, "contract") => "Contract",
        (Locale.Ru, "appendices") => "Приложения к договору",
        (Locale.Uk, "appendices") => "Додатки до договору",
        (_, "appendices") => "Appendices",
        (Locale.Ru, _) => $"Акт выполненных работ по этапу «{stageTitle}»",
        (Locale.Uk, _) => $"Акт виконаних робіт за етапом «{stageTitle}»",
        _ => $"Completed-work act for stage “{stageTitle}”",
    };
}
