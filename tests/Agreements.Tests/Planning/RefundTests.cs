using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Planning;

public sealed class RefundTests
{
    [Fact]
    public void Each_option_stays_refundable_for_its_share_of_the_total_and_delivered_value_accumulates()
    {
        // With 20 % added: a 600 → 720, b 400 → 480, c 1000 → 1200; total 2400.
        var plan = new AgreementPlanner().Plan(new AgreementBuilder().WithVat(20, VatMode.Added)
            .WithStage("s1").WithOption("a", 1, price: 600).WithOption("b", 1, price: 400)
            .WithStage("s2").WithOption("c", 1, price: 1000).Build());

        Assert.Equal([new RefundLine("a", 720), new RefundLine("b", 480), new RefundLine("c", 1200)], plan.Refunds);
        Assert.Equal([new DeliveredValue("s1", 1200), new DeliveredValue("s2", 2400)], plan.DeliveredValueAfterStage);
        Assert.Equal(plan.Totals.Total, plan.DeliveredValueAfterStage[^1].Value);
    }
}
