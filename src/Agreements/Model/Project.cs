namespace DocFlow.Agreements.Model;

public sealed record Project
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? CurrentState { get; init; }
    public IReadOnlyList<string> Goals { get; init; } = [];
    /// <summary>What the delivered system will not do: printed so "I thought it would also…" has an answer.</summary>
    public IReadOnlyList<string> OutOfScope { get; init; } = [];
}
