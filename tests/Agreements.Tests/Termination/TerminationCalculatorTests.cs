using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Termination;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Termination;

public sealed class TerminationCalculatorTests
{
    private static readonly DateOnly Date = new(2026, 4, 1);

    // With 20 % added: s1 = a 720 + b 480 = 1200; s2 = c 1200. Total 2400.
    private static readonly AgreementPlan Plan = new AgreementPlanner().Plan(new AgreementBuilder().WithVat(20, VatMode.Added)
        .WithStage("s1").WithOption("a", 1, price: 600).WithOption("b", 1, price: 400)
        .WithStage("s2").WithOption("c", 1, price: 1000).Build());

    [Fact]
    public void Paid_more_than_delivered_is_refunded()
    {
        var statement = TerminationCalculator.Compute(Plan, Date, 1800, ["s1"]);

        Assert.Equal(["a", "b"], statement.DeliveredOptionIds);
        Assert.Equal((1200m, 600m, 0m), (statement.DeliveredValue, statement.Refund, statement.Owed));
        Assert.Equal((Date, 1800m), (statement.Date, statement.AmountPaid));
    }

    [Fact]
    public void Paid_less_than_delivered_is_owed()
    {
        var statement = TerminationCalculator.Compute(Plan, Date, 700, ["s1"]);

        Assert.Equal((500m, 0m), (statement.Owed, statement.Refund));
    }

    [Fact]
    public void Paid_exactly_what_was_delivered_settles_both_ways()
    {
        var statement = TerminationCalculator.Compute(Plan, Date, 1200, ["s1"]);

        Assert.Equal((0m, 0m), (statement.Refund, statement.Owed));
    }

    [Fact]
    public void Nothing_delivered_refunds_everything_paid()
    {
        var statement = TerminationCalculator.Compute(Plan, Date, 1200, []);

        Assert.Empty(statement.DeliveredOptionIds);
        Assert.Equal((0m, 1200m), (statement.DeliveredValue, statement.Refund));
    }

    [Fact]
    public void Everything_delivered_and_paid_refunds_nothing()
    {
        var statement = TerminationCalculator.Compute(Plan, Date, 2400, ["s1", "s2"]);

        Assert.Equal((2400m, 0m, 0m), (statement.DeliveredValue, statement.Refund, statement.Owed));
    }

    [Fact]
    public void A_negative_payment_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TerminationCalculator.Compute(Plan, Date, -1, []));
}
