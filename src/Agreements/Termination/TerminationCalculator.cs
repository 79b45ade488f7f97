using DocFlow.Agreements.Planning;

namespace DocFlow.Agreements.Termination;

public static class TerminationCalculator
{
    /// <param name="deliveredStageIds">Stages whose act was signed or accepted by silence.</param>
    public static TerminationStatement Compute(AgreementPlan plan, DateOnly date, decimal amountPaid, IReadOnlyCollection<string> deliveredStageIds)
        => throw new NotImplementedException();
}
