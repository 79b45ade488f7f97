namespace DocFlow.Templates.ViewModels;

/// <summary>An option with every figure formatted. Number counts options across the agreement from 1.</summary>
public sealed record OptionView
{
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required int StageNumber { get; init; }
    public required string StageTitle { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Hours { get; init; }
    public required string Price { get; init; }
    public required string PriceWithVat { get; init; }
    public required int RevisionsIncluded { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string Refundable { get; init; }
    public required IReadOnlyList<ScenarioView> Scenarios { get; init; }
}
