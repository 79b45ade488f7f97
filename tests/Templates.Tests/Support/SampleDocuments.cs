using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Termination;
using DocFlow.Templates.Rendering;

namespace DocFlow.Templates.Tests.Support;

/// <summary>
/// One agreement with a hand-made plan, so document tests do not depend on the planner: two stages, three options,
/// VAT 20 % added, risk reserve 10 %, a third-party cost, delay penalties with a cap and a money-back guarantee.
/// Figures (hand-computed): o1 100 000 + o2 50 000 (stage s1: 150 000, VAT 30 000, 180 000), o3 75 000 (stage s2:
/// 75 000, VAT 15 000, 90 000); subtotal 225 000, VAT 45 000, total 270 000, reserve 22 500.
/// </summary>
public static class SampleDocuments
{
    public const string Fingerprint = "0123abcd4567ef890123abcd4567ef890123abcd4567ef890123abcd4567ef89";

    public static DocumentContext Context(Locale locale = Locale.Ru, Func<Agreement, Agreement>? change = null)
    {
        var agreement = Agreement(locale);
        if (change is not null) agreement = change(agreement);
        return new DocumentContext { Agreement = agreement, Plan = Plan(), Fingerprint = Fingerprint };
    }

    /// <summary>Terminated on 12.03.2026 after stage s1 was delivered (180 000) with 200 000 paid: 20 000 to refund.</summary>
    public static DocumentContext WithTermination(this DocumentContext context, decimal paid = 200_000m) => context with
    {
        Termination = new TerminationStatement
        {
            Date = new DateOnly(2026, 3, 12),
            DeliveredOptionIds = ["o1", "o2"],
            DeliveredValue = 180_000m,
            AmountPaid = paid,
            Refund = Math.Max(0, paid - 180_000m),
            Owed = Math.Max(0, 180_000m - paid),
        },
    };

    public static Agreement Agreement(Locale locale) => new()
    {
        SchemaVersion = "1",
        Number = "42/2026",
        Date = new DateOnly(2026, 3, 1),
        City = "Москва",
        Locale = locale,
        Currency = locale switch { Locale.Uk => "UAH", Locale.En => "USD", _ => "RUB" },
        Vat = new Vat(20, VatMode.Added),
        Contractor = Party("ООО «Подрядчик»", "7701234567", "contractor@example.com", "Генеральный директор", "Иван Петров"),
        Client = Party("ООО «Заказчик»", "7709876543", "client@example.com", "Директор", "Анна Смирнова"),
        Project = new Project
        {
            Title = "Интеграция сайта с CRM",
            Summary = "Заказы с сайта попадают в CRM без ручного ввода.",
            CurrentState = "Менеджеры переносят заказы вручную.",
            Goals = ["Заказы в CRM за минуту"],
            OutOfScope = ["Мобильное приложение"],
        },
        Stages = [new Stage { Id = "s1", Title = "Интеграция" }, new Stage { Id = "s2", Title = "Отчёты" }],
        Options =
        [
            Option("o1", "s1", "Передача заказов", 40, 100_000m),
            Option("o2", "s1", "Импорт клиентов", 20, 50_000m),
            Option("o3", "s2", "Отчёт по продажам", 30, 75_000m),
        ],
        Schedule = new Schedule { Start = new DateOnly(2026, 3, 2), HoursPerDay = 8 },
        Payment = new Payment { Scheme = PaymentScheme.Prepayment, PrepaymentPercent = 50, DueDays = 5 },
        RiskReservePercent = 10,
        ThirdPartyCosts = [new Cost { Title = "Лицензия CRM", Amount = 3_000m, Period = CostPeriod.Monthly, Payer = Payer.Client }],
        Terms = new Terms { DelayPenaltyPercentPerDay = 0.1m, DelayPenaltyCapPercent = 10, MoneyBackGuarantee = true },
    };

    public static Option Option(string id, string stage, string title, decimal hours, decimal price) => new()
    {
        Id = id,
        Stage = stage,
        Title = title,
        Description = "Описание " + id,
        Hours = hours,
        Price = price,
        Acceptance =
        [
            new Scenario
            {
                Title = "Сценарий " + id,
                Preconditions = ["Есть доступ " + id],
                Steps = ["Шаг первый " + id, "Шаг второй " + id],
                Expected = ["Результат " + id],
            },
        ],
    };

    public static Party Party(string name, string taxId, string email, string position, string person) => new()
    {
        Name = name,
        Kind = PartyKind.Company,
        TaxId = taxId,
        RegistrationNumber = "1027700000000",
        Address = "г. Москва, ул. Тверская, д. 1",
        Email = email,
        Phone = "+7 495 000-00-00",
        Bank = new Bank { Name = "ПАО Сбербанк", Account = "40702810000000000001", Bic = "044525225", CorrespondentAccount = "30101810400000000225" },
        Representative = new Representative { Name = person, Position = position, Basis = "Устава" },
        Signers = [new Signer { Name = person, Email = email }],
    };

    public static AgreementPlan Plan() => new()
    {
        ProjectEnd = new DateOnly(2026, 3, 17),
        BufferDays = 0,
        Totals = new PlanTotals
        {
            Hours = 90, Subtotal = 225_000m, Vat = 45_000m, Total = 270_000m, RiskReserve = 22_500m,
            TotalInWords = "270 000,00 (двести семьдесят тысяч) рублей 00 копеек",
        },
        Stages =
        [
            new StagePlan { Id = "s1", Title = "Интеграция", Hours = 60, Amount = 150_000m, Vat = 30_000m, AmountWithVat = 180_000m, Start = new DateOnly(2026, 3, 2), End = new DateOnly(2026, 3, 11) },
            new StagePlan { Id = "s2", Title = "Отчёты", Hours = 30, Amount = 75_000m, Vat = 15_000m, AmountWithVat = 90_000m, Start = new DateOnly(2026, 3, 11), End = new DateOnly(2026, 3, 17) },
        ],
        Options =
        [
            OptionPlan("o1", "s1", "Передача заказов", 40, 100_000m, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6)),
            OptionPlan("o2", "s1", "Импорт клиентов", 20, 50_000m, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 11)),
            OptionPlan("o3", "s2", "Отчёт по продажам", 30, 75_000m, new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 17)),
        ],
        Invoices =
        [
            new Invoice { Number = 1, Amount = 135_000m, Trigger = "signing", DueWorkingDays = 5 },
            new Invoice { Number = 2, Amount = 135_000m, Trigger = "final-act", DueWorkingDays = 5 },
        ],
        Refunds = [new RefundLine("o1", 120_000m), new RefundLine("o2", 60_000m), new RefundLine("o3", 90_000m)],
        DeliveredValueAfterStage = [new DeliveredValue("s1", 180_000m), new DeliveredValue("s2", 270_000m)],
    };

    private static OptionPlan OptionPlan(string id, string stage, string title, decimal hours, decimal price, DateOnly start, DateOnly end) => new()
    {
        Id = id, Stage = stage, Title = title, Hours = hours, Price = price, PriceWithVat = price * 1.2m,
        RevisionsIncluded = 2, Start = start, End = end,
    };
}
