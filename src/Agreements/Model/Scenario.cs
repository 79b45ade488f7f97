namespace DocFlow.Agreements.Model;

/// <summary>An acceptance test: the user's critical actions and the critical required result.</summary>
public sealed record Scenario
{
    public required string Title { get; init; }
    public IReadOnlyList<string> Preconditions { get; init; } = [];
    public required IReadOnlyList<string> Steps { get; init; }
    public required IReadOnlyList<string> Expected { get; init; }
}
