using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Validation;

/// <summary>Agreement is set only when there are no errors; warnings (unknown fields) never block.</summary>
public sealed record ReadResult(Agreement? Agreement, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings)
{
    public bool IsValid => Errors.Count == 0 && Agreement is not null;
}
