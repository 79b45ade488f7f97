using DocFlow.Agreements.Planning;

namespace DocFlow.Agreements.Termination;

/// <summary>The client withdraws: it pays for the options delivered (with VAT, as in the plan) and gets back what it paid above that.</summary>
public static class TerminationCalculator
{
    /// <param name="deliveredStageIds">Stages whose act was signed or accepted by silence.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount paid.</exception>
    public static TerminationStatement Compute(AgreementPlan plan, DateOnly date, decimal amountPaid, IReadOnlyCollection<string> deliveredStageIds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountPaid);
        var delivered = plan.Options.Where(option => deliveredStageIds.Contains(option.Stage)).ToList();
        var deliveredValue = delivered.Sum(option => option.PriceWithVat);
        return new TerminationStatement
        {
            Date = date,
            DeliveredOptionIds = delivered.Select(option => option.Id).ToList(),
            DeliveredValue = deliveredValue,
            AmountPaid = amountPaid,
            Refund = Math.Max(0, amountPaid - deliveredValue),
            Owed = Math.Max(0, deliveredValue - amountPaid),
        };
    }
}
