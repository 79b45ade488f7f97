namespace DocFlow.Agreements.Model;

/// <summary>One priced piece of work. Its acceptance scenarios are how it is accepted; none means it cannot be.</summary>
public sealed record Option
{
    public required string Id { get; init; }
    public required string Stage { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required decimal Hours { get; init; }
    public decimal? Price { get; init; }
    public int? RevisionsIncluded { get; init; }
    public required IReadOnlyList<Scenario> Acceptance { get; init; }
}
