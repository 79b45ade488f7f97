namespace DocFlow.Agreements.Model;

public sealed record Stage
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
}
