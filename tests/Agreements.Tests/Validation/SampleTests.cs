using DocFlow.Agreements.Model;
using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Validation;

public sealed class SampleTests
{
    public static TheoryData<string> Samples => new(System.IO.Directory.GetFiles(SampleFiles.Directory(), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates_with_no_errors_and_no_warnings(string name)
    {
        var result = new AgreementReader().Read(SampleFiles.Read(name));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_option_of_every_sample_has_one_or_two_acceptance_scenarios(string name)
    {
        var agreement = Read(name);

        Assert.All(agreement.Options, o => Assert.InRange(o.Acceptance.Count, 1, 2));
        Assert.NotEmpty(agreement.Project.OutOfScope);
        Assert.NotEmpty(agreement.Project.Goals);
        Assert.NotEmpty(agreement.ThirdPartyCosts);
        Assert.Contains(agreement.Client.Signers, s => s.Role == SignerRole.Copy);
    }

    [Fact]
    public void There_is_one_sample_per_locale_and_per_payment_scheme()
    {
        Assert.Equal(3, Samples.Count);
        var ru = Read("ru-prepayment.json");
        var uk = Read("uk-per-stage.json");
        var en = Read("en-hourly-prepaid.json");

        Assert.Equal((Locale.Ru, "RUB", PaymentScheme.Prepayment, 70m), (ru.Locale, ru.Currency, ru.Payment.Scheme, ru.Payment.PrepaymentPercent));
        Assert.Equal(new Vat(22, VatMode.Included), ru.Vat);
        Assert.Equal((Locale.Uk, "UAH", PaymentScheme.PerStage, 30m), (uk.Locale, uk.Currency, uk.Payment.Scheme, uk.Payment.PrepaymentPercent));
        Assert.Null(uk.Vat);
        Assert.Equal((Locale.En, "USD", PaymentScheme.HourlyPrepaid, 20m), (en.Locale, en.Currency, en.Payment.Scheme, en.Payment.MinimumBlockHours));
    }

    [Fact]
    public void The_ukrainian_sample_keeps_its_typographic_apostrophe_and_quotes()
    {
        var uk = Read("uk-per-stage.json");

        Assert.Contains("’", uk.Project.CurrentState);
        Assert.StartsWith("ТОВ «", uk.Client.ShortName);
    }

    [Fact]
    public void The_russian_sample_lists_the_2026_holidays_inside_its_schedule()
    {
        var ru = Read("ru-prepayment.json");

        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 11), new DateOnly(2026, 6, 12)], ru.Schedule.Holidays);
        Assert.Equal([1, 2, 2], ru.Client.Signers.Select(s => s.Order));
    }

    private static Agreement Read(string name) => new AgreementReader().Read(SampleFiles.Read(name)).Agreement
        ?? throw new InvalidOperationException(name + " does not validate.");
}
