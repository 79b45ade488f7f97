namespace DocFlow.Agreements.Planning;

/// <summary>
/// Price is the option's price before VAT is added (as sent, or hours × rate); PriceWithVat is its share of the total.
/// </summary>
public sealed record OptionPlan
{
    public required string Id { get; init; }
    public required string Stage { get; init; }
    public required string Title { get; init; }
    public required decimal Hours { get; init; }
    public required decimal Price { get; init; }
    public required decimal PriceWithVat { get; init; }
    public required int RevisionsIncluded { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
}
