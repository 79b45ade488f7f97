using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Validation;

/// <summary>Agreement is set only when there are no errors; warnings (unknown fields) never block.</summary>
public sealed record ReadResult(Agreement? Agreement, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings)
{
    public bool IsValid => Errors.Count == 0 && Agreement is not null;

    /// <summary>The input was not JSON at all (one error at path ""), as opposed to JSON that breaks the contract.</summary>
    public bool IsNotJson { get; init; }
}
