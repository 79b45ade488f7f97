using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Planning;

public sealed class InvoiceTests
{
    private static readonly AgreementPlanner Planner = new();

    private static IEnumerable<(int, decimal, string)> Lines(AgreementPlan plan) =>
        plan.Invoices.Select(i => (i.Number, i.Amount, i.Trigger));

    [Fact]
    public void Prepayment_seventy_thirty_leaves_the_remainder_to_the_final_act()
    {
        // 70 % of 1000.01 = 700.007 → 700.01; the rest 300.00.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPrepayment(70, dueDays: 7)
            .WithOption("o1", 1, price: 1000.01m).Build());

        Assert.Equal([(1, 700.01m, "signing"), (2, 300.00m, "final-act")], Lines(plan));
        Assert.All(plan.Invoices, i => Assert.Equal(7, i.DueWorkingDays));
    }

    [Fact]
    public void No_prepayment_means_one_invoice_after_the_final_act()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPrepayment(0).WithOption("o1", 1, price: 500).Build());

        Assert.Equal([(1, 500m, "final-act")], Lines(plan));
    }

    [Fact]
    public void Full_prepayment_means_one_invoice_on_signing()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPrepayment(100).WithOption("o1", 1, price: 500).Build());

        Assert.Equal([(1, 500m, "signing")], Lines(plan));
    }

    [Fact]
    public void Prepayment_is_taken_from_the_total_with_vat()
    {
        // 1000 + 20 % = 1200; 50 % → 600 / 600.
        var plan = Planner.Plan(new AgreementBuilder().WithVat(20, DocFlow.Agreements.Model.VatMode.Added).WithPrepayment(50)
            .WithOption("o1", 1, price: 1000).Build());

        Assert.Equal([(1, 600m, "signing"), (2, 600m, "final-act")], Lines(plan));
    }

    [Fact]
    public void Per_stage_with_prepayment_splits_each_stage()
    {
        // s1 1000.01: 30 % = 300.003 → 300.00, rest 700.01; s2 500: 150 / 350.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPerStage(30)
            .WithStage("s1").WithOption("a", 1, price: 1000.01m)
            .WithStage("s2").WithOption("b", 1, price: 500).Build());

        Assert.Equal(
            [(1, 300.00m, "stage-start:s1"), (2, 700.01m, "stage:s1"), (3, 150m, "stage-start:s2"), (4, 350m, "stage:s2")],
            Lines(plan));
        Assert.Equal(["s1", "s1", "s2", "s2"], plan.Invoices.Select(i => i.StageId));
    }

    [Fact]
    public void Per_stage_without_prepayment_bills_each_stage_after_its_act()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithPerStage()
            .WithStage("s1").WithOption("a", 1, price: 100)
            .WithStage("s2").WithOption("b", 1, price: 200).Build());

        Assert.Equal([(1, 100m, "stage:s1"), (2, 200m, "stage:s2")], Lines(plan));
    }

    [Fact]
    public void Hourly_blocks_of_equal_size_cost_the_same_and_the_last_takes_the_remainder()
    {
        // 30 h, blocks of 10: 1000.01 × 10 / 30 = 333.3366… → 333.34, 333.34, rest 333.33.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithHourlyPrepaid(10)
            .WithOption("o1", 30, price: 1000.01m).Build());

        Assert.Equal([(1, 333.34m, "hours-block"), (2, 333.34m, "hours-block"), (3, 333.33m, "hours-block")], Lines(plan));
        Assert.Equal([10m, 10m, 10m], plan.Invoices.Select(i => i.Hours));
    }

    [Fact]
    public void Hourly_last_block_is_the_remaining_hours()
    {
        // 25 h, blocks of 10: 999.99 × 10 / 25 = 399.996 → 400.00 twice; last 5 h = 199.99.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithHourlyPrepaid(10)
            .WithOption("a", 12.5m, price: 500).WithOption("b", 12.5m, price: 499.99m).Build());

        Assert.Equal([400m, 400m, 199.99m], plan.Invoices.Select(i => i.Amount));
        Assert.Equal([10m, 10m, 5m], plan.Invoices.Select(i => i.Hours));
    }

    [Fact]
    public void Hourly_fewer_hours_than_a_block_is_one_block()
    {
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithHourlyPrepaid(10).WithOption("o1", 4, price: 400).Build());

        Assert.Equal([(1, 400m, "hours-block")], Lines(plan));
        Assert.Equal(4m, plan.Invoices[0].Hours);
    }

    [Fact]
    public void Hourly_blocks_never_go_negative_when_cents_are_spread_thin()
    {
        // 0.05 over 30.01 h: a block would be 0.0167 → 0.02, three of them 0.06 > 0.05. Cut cumulatively instead:
        // 0.02, 0.03 − 0.02, 0.05 − 0.03, and the last 0.01 h block comes to 0.00 and is not invoiced.
        var plan = Planner.Plan(new AgreementBuilder().WithoutVat().WithHourlyPrepaid(10).WithOption("o1", 30.01m, price: 0.05m).Build());

        Assert.Equal([0.02m, 0.01m, 0.02m], plan.Invoices.Select(i => i.Amount));
    }
}
