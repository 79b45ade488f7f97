using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Planning;

/// <summary>Agreement in, computed plan out: the arithmetic of shared/spec/agreement.md, "Computation rules".</summary>
public sealed class AgreementPlanner
{
    public AgreementPlan Plan(Agreement agreement) => throw new NotImplementedException();
}
