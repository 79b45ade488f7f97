namespace DocFlow.Agreements.Planning;

/// <summary>
/// Everything the documents print that is computed rather than sent: dates, amounts, invoices, refunds.
/// Amounts are in major currency units, rounded to cents; dates are calendar dates.
/// </summary>
public sealed record AgreementPlan
{
    public required DateOnly ProjectEnd { get; init; }
    /// <summary>Working days of project buffer after the last stage (0 when none).</summary>
    public required int BufferDays { get; init; }
    public required PlanTotals Totals { get; init; }
    public required IReadOnlyList<StagePlan> Stages { get; init; }
    public required IReadOnlyList<OptionPlan> Options { get; init; }
    public required IReadOnlyList<Invoice> Invoices { get; init; }
    public required IReadOnlyList<RefundLine> Refunds { get; init; }
    public required IReadOnlyList<DeliveredValue> DeliveredValueAfterStage { get; init; }
}
