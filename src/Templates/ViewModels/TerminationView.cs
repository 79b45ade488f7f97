namespace DocFlow.Templates.ViewModels;

/// <summary>Refund and Owed are null when zero; at most one of them is set.</summary>
public sealed record TerminationView
{
    public required string Date { get; init; }
    public required IReadOnlyList<OptionView> DeliveredOptions { get; init; }
    public required string DeliveredValue { get; init; }
    public required string DeliveredValueInWords { get; init; }
    public required string AmountPaid { get; init; }
    public required string AmountPaidInWords { get; init; }
    public string? Refund { get; init; }
    public string? RefundInWords { get; init; }
    public string? Owed { get; init; }
    public string? OwedInWords { get; init; }
}
