using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Planning;

public sealed class PricingTests
{
    private static readonly AgreementPlanner Planner = new();

    [Fact]
    public void Price_from_hours_and_rate_rounds_the_midpoint_away_from_zero()
    {
        // 1.5 × 1000.01 = 1500.015 → 1500.02.
        var plan = Planner.Plan(new AgreementBuilder().WithRate(1000.01m).WithOption("o1", 1.5m).Build());

        Assert.Equal(1500.02m, plan.Options[0].Price);
        Assert.Equal(1500.02m, plan.Totals.Subtotal);
    }

    [Fact]
    public void Own_price_wins_over_the_rate()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithRate(100).WithOption("o1", 10, price: 5000).Build());

        Assert.Equal(5000m, plan.Options[0].Price);
    }

    [Fact]
    public void Without_price_or_rate_the_planner_refuses() =>
        Assert.Throws<InvalidOperationException>(() => Planner.Plan(new AgreementBuilder().WithOption("o1", 10).Build()));

    [Fact]
    public void Stage_amounts_and_subtotal_are_sums()
    {
        var plan = Planner.Plan(new AgreementBuilder()
            .WithStage("s1").WithOption("a", 1, price: 100.10m).WithOption("b", 1, price: 200.20m)
            .WithStage("s2").WithOption("c", 1, price: 0.01m).Build());

        Assert.Equal([300.30m, 0.01m], plan.Stages.Select(s => s.Amount));
        Assert.Equal(300.31m, plan.Totals.Subtotal);
    }

    [Fact]
    public void Vat_added_on_top()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, VatMode.Added).WithOption("o1", 1, price: 100_000).Build());

        Assert.Equal((100_000m, 20_000m, 120_000m), (plan.Totals.Subtotal, plan.Totals.Vat, plan.Totals.Total));
    }

    [Fact]
    public void Vat_included_is_carved_out_of_the_total()
    {
        // 1000 × 20 / 120 = 166.666… → 166.67.
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, VatMode.Included).WithOption("o1", 1, price: 1000).Build());

        Assert.Equal((1000m, 166.67m, 1000m), (plan.Totals.Subtotal, plan.Totals.Vat, plan.Totals.Total));
        Assert.Equal(1000m, plan.Options[0].PriceWithVat);
    }

    [Fact]
    public void Vat_midpoint_rounds_away_from_zero()
    {
        // 15 % of 17 500,50 = 2 625,075 → 2 625,08.
        var plan = Planner.Plan(new AgreementBuilder().WithVat(15, VatMode.Added).WithOption("o1", 1, price: 17_500.50m).Build());

        Assert.Equal(2625.08m, plan.Totals.Vat);
        Assert.Equal(20_125.58m, plan.Totals.Total);
    }

    [Fact]
    public void Without_vat_the_total_is_the_subtotal()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithOption("o1", 1, price: 999.99m).Build());

        Assert.Equal((999.99m, 0m, 999.99m), (plan.Totals.Subtotal, plan.Totals.Vat, plan.Totals.Total));
    }

    [Fact]
    public void Vat_is_rounded_once_on_the_total_and_shares_are_cut_from_cumulative_sums()
    {
        // Three lines of 0.03, VAT 20 % added: on the total 0.09 × 0.2 = 0.018 → 0.02 (per line it would be 0.03).
        // Total 0.11. Cumulative gross: 0.03×0.11/0.09 = 0.0367 → 0.04; 0.06 → 0.0733 → 0.07; 0.11.
        // Cumulative VAT: 0.03×0.02/0.09 = 0.0067 → 0.01; 0.06 → 0.0133 → 0.01; 0.02.
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, VatMode.Added)
            .WithStage("s1").WithOption("a", 1, price: 0.03m)
            .WithStage("s2").WithOption("b", 1, price: 0.03m)
            .WithStage("s3").WithOption("c", 1, price: 0.03m).Build());

        Assert.Equal((0.02m, 0.11m), (plan.Totals.Vat, plan.Totals.Total));
        Assert.Equal([0.04m, 0.03m, 0.04m], plan.Options.Select(o => o.PriceWithVat));
        Assert.Equal([0.04m, 0.03m, 0.04m], plan.Stages.Select(s => s.AmountWithVat));
        Assert.Equal([0.01m, 0.00m, 0.01m], plan.Stages.Select(s => s.Vat));
    }

    [Fact]
    public void Included_vat_is_split_over_stages_but_amounts_stay_as_sent()
    {
        // VAT in 1200 at 20 % = 200. Stage shares of it: 600 → 100, then the rest 100.
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, VatMode.Included)
            .WithStage("s1").WithOption("a", 1, price: 600)
            .WithStage("s2").WithOption("b", 1, price: 600).Build());

        Assert.Equal([600m, 600m], plan.Stages.Select(s => s.AmountWithVat));
        Assert.Equal([100m, 100m], plan.Stages.Select(s => s.Vat));
    }

    [Fact]
    public void Risk_reserve_is_shown_but_never_part_of_the_total()
    {
        // 15 % of 17 500,50 = 2 625,075 → 2 625,08.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithRiskReserve(15).WithOption("o1", 1, price: 17_500.50m).Build());

        Assert.Equal(2625.08m, plan.Totals.RiskReserve);
        Assert.Equal(17_500.50m, plan.Totals.Total);
    }

    [Fact]
    public void Revisions_default_to_the_terms()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithTerms(t => t with { RevisionsIncluded = 4 })
            .WithOption("a", 1, price: 1).WithOption("b", 1, price: 1, revisions: 0).Build());

        Assert.Equal([4, 0], plan.Options.Select(o => o.RevisionsIncluded));
    }

    [Fact]
    public void Total_in_words_uses_the_agreement_language_and_currency()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithLocale(Locale.En).WithCurrency("USD")
            .WithOption("o1", 1, price: 150_000).Build());

        Assert.Equal("150,000.00 (one hundred fifty thousand) US dollars and 00 cents", plan.Totals.TotalInWords);
    }
}
