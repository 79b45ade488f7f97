namespace DocFlow.Agreements.Planning;

/// <summary>
/// Subtotal is the sum of option prices as sent. With VAT "included" Total = Subtotal and Vat is the part of it;
/// with "added" Total = Subtotal + Vat. The risk reserve is never part of the total.
/// </summary>
public sealed record PlanTotals
{
    public required decimal Hours { get; init; }
    public required decimal Subtotal { get; init; }
    public required decimal Vat { get; init; }
    public required decimal Total { get; init; }
    public required decimal RiskReserve { get; init; }
    public required string TotalInWords { get; init; }
}
