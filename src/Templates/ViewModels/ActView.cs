namespace DocFlow.Templates.ViewModels;

/// <summary>The act of one stage: its number ("{contract number}-{stage number}"), date, stage and totals in words.</summary>
public sealed record ActView
{
    public required string Number { get; init; }
    public required string Date { get; init; }
    public required StageView Stage { get; init; }
    public required string TotalInWords { get; init; }
}
