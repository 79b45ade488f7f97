namespace DocFlow.Templates.ViewModels;

/// <summary>A stage with its options. DeliveredValue: the cumulative value delivered once this stage is accepted.</summary>
public sealed record StageView
{
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Hours { get; init; }
    public required string Amount { get; init; }
    public required string Vat { get; init; }
    public required string AmountWithVat { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string DeliveredValue { get; init; }
    public required IReadOnlyList<OptionView> Options { get; init; }
}
