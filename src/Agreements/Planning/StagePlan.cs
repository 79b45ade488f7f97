namespace DocFlow.Agreements.Planning;

/// <summary>
/// Amount is the sum of the stage's option prices. AmountWithVat is the stage's share of the total (what the
/// client pays for it) and Vat the VAT in it; shares are cut from cumulative sums so they add up to the total exactly.
/// </summary>
public sealed record StagePlan
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required decimal Hours { get; init; }
    public required decimal Amount { get; init; }
    public required decimal Vat { get; init; }
    public required decimal AmountWithVat { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
}
