namespace DocFlow.Agreements.Model;

/// <summary>Who signs for a party and on what basis («Устава», «доверенности № 5»).</summary>
public sealed record Representative
{
    public required string Name { get; init; }
    public string? Position { get; init; }
    public string? Basis { get; init; }
}
