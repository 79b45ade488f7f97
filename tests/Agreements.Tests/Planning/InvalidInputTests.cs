using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Planning;

/// <summary>Validation rejects these first; the planner must still fail clearly or degrade predictably, never guess a price.</summary>
public sealed class InvalidInputTests
{
    private static readonly AgreementPlanner Planner = new();

    [Fact]
    public void Option_of_an_unknown_stage_is_refused()
    {
        var agreement = new AgreementBuilder().WithOption("o1", 1, price: 1, stage: "nope").Build();

        var error = Assert.Throws<InvalidOperationException>(() => Planner.Plan(agreement));
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public void A_stage_without_options_is_placed_where_work_would_resume_and_costs_nothing()
    {
        // s1: 4 h on Mon 2 Mar (8 h/day) leaves the day open; the empty s2 sits on Mon 2 Mar.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPerStage()
            .WithStage("s1").WithOption("a", 4, price: 100).WithStage("s2")
            .WithSchedule(new DateOnly(2026, 3, 2), hoursPerDay: 8).Build());

        Assert.Equal((0m, 0m, 0m), (plan.Stages[1].Hours, plan.Stages[1].Amount, plan.Stages[1].AmountWithVat));
        Assert.Equal(new DateOnly(2026, 3, 2), plan.Stages[1].Start);
        Assert.Equal([(1, 100m, "stage:s1")], plan.Invoices.Select(i => (i.Number, i.Amount, i.Trigger)));
    }

    [Fact]
    public void Zero_hours_per_day_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(new AgreementBuilder()
            .WithSchedule(new DateOnly(2026, 3, 2), hoursPerDay: 0).Build()));

    [Fact]
    public void Unknown_working_day_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => Planner.Plan(new AgreementBuilder()
            .WithSchedule(new DateOnly(2026, 3, 2), hoursPerDay: 8, workingDays: ["monday"]).Build()));

    [Fact]
    public void Zero_priced_agreement_has_no_invoices()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, VatMode.Added).WithOption("o1", 1, price: 0).Build());

        Assert.Equal(0m, plan.Totals.Total);
        Assert.Empty(plan.Invoices);
        Assert.Equal(0m, plan.Options[0].PriceWithVat);
    }
}
