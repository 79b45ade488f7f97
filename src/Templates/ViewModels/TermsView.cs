namespace DocFlow.Templates.ViewModels;

/// <summary>The dispute-preventing terms, formatted. Penalty fields are null when not set.</summary>
public sealed record TermsView
{
    public required int AutoAcceptWorkingDays { get; init; }
    public required int RevisionsIncluded { get; init; }
    public required int SupportMonths { get; init; }
    public required string CriticalResponseHours { get; init; }
    public string? CriticalResolutionHours { get; init; }
    public required string NormalResponseHours { get; init; }
    public string? NormalResolutionHours { get; init; }
    public required string WorkingHours { get; init; }
    public required string TimeZone { get; init; }
    public required int ClientMaterialsWorkingDays { get; init; }
    public required int ReminderEveryWorkingDays { get; init; }
    public required int ResumeNoticeDays { get; init; }
    public string? DelayPenaltyPercentPerDay { get; init; }
    public string? DelayPenaltyCapPercent { get; init; }
    public required bool MoneyBackGuarantee { get; init; }
}
