namespace DocFlow.Agreements.Model;

/// <summary>Response is not resolution: both are stated separately.</summary>
public sealed record SlaLevel
{
    public decimal ResponseHours { get; init; }
    public decimal? ResolutionHours { get; init; }
}
