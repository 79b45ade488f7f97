namespace DocFlow.Templates.ViewModels;

/// <summary>Vat is null when VAT does not apply; VatMode "included" or "added"; RiskReserve null when none.</summary>
public sealed record TotalsView
{
    public required string Hours { get; init; }
    public required string Subtotal { get; init; }
    public string? Vat { get; init; }
    public string? VatRate { get; init; }
    public string? VatMode { get; init; }
    public required string Total { get; init; }
    public required string TotalInWords { get; init; }
    public string? RiskReserve { get; init; }
    public string? RiskReservePercent { get; init; }
    public string? HourlyRate { get; init; }
}
