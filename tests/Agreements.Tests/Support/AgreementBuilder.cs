using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Tests.Support;

/// <summary>
/// A valid minimal agreement with one stage "s1" and nothing else decided, so each test states only what it is about.
/// Options and stages are appended in call order; the first <see cref="WithStage"/> replaces the default stage.
/// </summary>
public sealed class AgreementBuilder
{
    private readonly List<Stage> _stages = [];
    private readonly List<Option> _options = [];
    private Agreement _agreement;
    private bool _defaultStage = true;

    public AgreementBuilder()
    {
        _stages.Add(new Stage { Id = "s1", Title = "Stage 1" });
        _agreement = new Agreement
        {
            SchemaVersion = "1",
            Number = "42/2026",
            Date = new DateOnly(2026, 3, 2),
            Locale = Locale.Ru,
            Currency = "RUB",
            Contractor = Party("ООО «Подрядчик»", "contractor@example.com"),
            Client = Party("ООО «Заказчик»", "client@example.com"),
            Project = new Project { Title = "CRM integration", Summary = "Orders flow from the site into the CRM." },
            Stages = [],
            Options = [],
            Schedule = new Schedule { Start = new DateOnly(2026, 3, 2), HoursPerDay = 8 },
            Payment = new Payment { Scheme = PaymentScheme.Prepayment, PrepaymentPercent = 50 },
        };
    }

    public static Party Party(string name, string email) => new()
    {
        Name = name,
        Kind = PartyKind.Company,
        Address = "Moscow",
        Email = email,
        Representative = new Representative { Name = "Ivan Petrov", Position = "Director", Basis = "Устава" },
        Signers = [new Signer { Name = "Ivan Petrov", Email = email }],
    };

    public static Scenario Scenario(string title = "It works") => new()
    {
        Title = title,
        Steps = ["Open the page"],
        Expected = ["The order is in the CRM"],
    };

    public AgreementBuilder WithStage(string id, string? title = null)
    {
        if (_defaultStage) { _stages.Clear(); _defaultStage = false; }
        _stages.Add(new Stage { Id = id, Title = title ?? id });
        return this;
    }

    /// <summary>An option in the given stage (default: the last stage added).</summary>
    public AgreementBuilder WithOption(string id, decimal hours, decimal? price = null, string? stage = null, int? revisions = null)
    {
        _options.Add(new Option
        {
            Id = id,
            Stage = stage ?? _stages[^1].Id,
            Title = id,
            Description = "Work " + id,
            Hours = hours,
            Price = price,
            RevisionsIncluded = revisions,
            Acceptance = [Scenario()],
        });
        return this;
    }

    public AgreementBuilder WithRate(decimal hourly) => With(a => a with { Rate = new Rate(hourly) });
    public AgreementBuilder WithVat(decimal rate, VatMode mode) => With(a => a with { Vat = new Vat(rate, mode) });
    public AgreementBuilder WithoutVat() => With(a => a with { Vat = null });
    public AgreementBuilder WithCurrency(string currency) => With(a => a with { Currency = currency });
    public AgreementBuilder WithLocale(Locale locale) => With(a => a with { Locale = locale });
    public AgreementBuilder WithRiskReserve(decimal percent) => With(a => a with { RiskReservePercent = percent });
    public AgreementBuilder WithTerms(Func<Terms, Terms> change) => With(a => a with { Terms = change(a.Terms) });

    public AgreementBuilder WithSchedule(DateOnly start, decimal hoursPerDay, decimal bufferPercent = 0,
        IReadOnlyList<DateOnly>? holidays = null, IReadOnlyList<string>? workingDays = null) =>
        With(a => a with
        {
            Schedule = new Schedule
            {
                Start = start,
                HoursPerDay = hoursPerDay,
                BufferPercent = bufferPercent,
                Holidays = holidays ?? [],
                WorkingDays = workingDays ?? ["mon", "tue", "wed", "thu", "fri"],
            },
        });

    public AgreementBuilder WithPrepayment(decimal percent, int dueDays = 5) =>
        WithPayment(new Payment { Scheme = PaymentScheme.Prepayment, PrepaymentPercent = percent, DueDays = dueDays });

    public AgreementBuilder WithPerStage(decimal? prepaymentPercent = null, int dueDays = 5) =>
        WithPayment(new Payment { Scheme = PaymentScheme.PerStage, PrepaymentPercent = prepaymentPercent, DueDays = dueDays });

    public AgreementBuilder WithHourlyPrepaid(decimal minimumBlockHours = 10, int dueDays = 5) =>
        WithPayment(new Payment { Scheme = PaymentScheme.HourlyPrepaid, MinimumBlockHours = minimumBlockHours, DueDays = dueDays });

    public AgreementBuilder WithPayment(Payment payment) => With(a => a with { Payment = payment });

    /// <summary>Any other change to the agreement, applied before stages and options are attached.</summary>
    public AgreementBuilder With(Func<Agreement, Agreement> change)
    {
        _agreement = change(_agreement);
        return this;
    }

    public Agreement Build() => _agreement with
    {
        Stages = [.. _stages],
        Options = _options.Count > 0 ? [.. _options] : [DefaultOption()],
    };

    private Option DefaultOption() => new()
    {
        Id = "o1",
        Stage = _stages[0].Id,
        Title = "o1",
        Description = "Work o1",
        Hours = 10,
        Price = 10000m,
        Acceptance = [Scenario()],
    };
}
