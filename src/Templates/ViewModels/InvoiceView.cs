namespace DocFlow.Templates.ViewModels;

/// <summary>
/// Trigger: "signing", "stage-start", "stage", "final-act" or "hours-block" (templates say it in words);
/// StageNumber/StageTitle for the stage triggers, Hours for hour blocks.
/// </summary>
public sealed record InvoiceView
{
    public required int Number { get; init; }
    public required string Amount { get; init; }
    public required string Trigger { get; init; }
    public required int DueWorkingDays { get; init; }
    public int? StageNumber { get; init; }
    public string? StageTitle { get; init; }
    public string? Hours { get; init; }
}
