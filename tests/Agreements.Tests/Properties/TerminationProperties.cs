using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Termination;
using FsCheck.Xunit;

namespace DocFlow.Agreements.Tests.Properties;

[Properties(Arbitrary = [typeof(AgreementGenerators)], MaxTest = 300)]
public sealed class TerminationProperties
{
    [Property]
    public void Refund_never_exceeds_what_was_paid_and_settles_the_difference(Agreement agreement, uint paidCents, byte deliveredMask)
    {
        var plan = new AgreementPlanner().Plan(agreement);
        var paid = paidCents % 100_000_000_000u / 100m;
        var delivered = plan.Stages.Where((_, i) => (deliveredMask >> i & 1) == 1).Select(s => s.Id).ToList();

        var statement = TerminationCalculator.Compute(plan, new DateOnly(2026, 5, 1), paid, delivered);

        Assert.InRange(statement.Refund, 0, paid);
        Assert.True(statement.Owed >= 0);
        Assert.True(statement.Refund == 0 || statement.Owed == 0);
        Assert.Equal(paid - statement.DeliveredValue, statement.Refund - statement.Owed);
        Assert.Equal(plan.Stages.Where(s => delivered.Contains(s.Id)).Sum(s => s.AmountWithVat), statement.DeliveredValue);
    }
}
