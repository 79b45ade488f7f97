namespace DocFlow.Agreements.Model;

/// <summary>A cost outside the price (licences, hosting), disclosed up front.</summary>
public sealed record Cost
{
    public required string Title { get; init; }
    public decimal? Amount { get; init; }
    public required CostPeriod Period { get; init; }
    public required Payer Payer { get; init; }
    public string? Note { get; init; }
}
