namespace DocFlow.Agreements.Model;

/// <summary>The dispute-preventing terms; every default is the spec's.</summary>
public sealed record Terms
{
    public int AutoAcceptWorkingDays { get; init; } = 3;
    public int RevisionsIncluded { get; init; } = 2;
    public int SupportMonths { get; init; } = 3;
    public Sla Sla { get; init; } = new();
    public int ClientMaterialsWorkingDays { get; init; } = 5;
    public int ReminderEveryWorkingDays { get; init; } = 2;
    public int ResumeNoticeDays { get; init; } = 7;
    public decimal? DelayPenaltyPercentPerDay { get; init; }
    public decimal? DelayPenaltyCapPercent { get; init; }
    public bool MoneyBackGuarantee { get; init; }
}
