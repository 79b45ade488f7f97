namespace DocFlow.Templates.ViewModels;

/// <summary>Everything a template may print, already formatted for its locale. Act and Termination only for those documents.</summary>
public sealed record DocumentViewModel
{
    public required string Number { get; init; }
    public required string Date { get; init; }
    public string? City { get; init; }
    public required string Currency { get; init; }
    public required string Fingerprint { get; init; }
    public required PartyView Contractor { get; init; }
    public required PartyView Client { get; init; }
    public required ProjectView Project { get; init; }
    public required TotalsView Totals { get; init; }
    public required IReadOnlyList<StageView> Stages { get; init; }
    public int StageCount => Stages.Count;
    public required IReadOnlyList<OptionView> Options { get; init; }
    public required IReadOnlyList<InvoiceView> Invoices { get; init; }
    public required IReadOnlyList<CostView> Costs { get; init; }
    public required PaymentView Payment { get; init; }
    public required TermsView Terms { get; init; }
    public required ScheduleView Schedule { get; init; }
    public required int SigningExpiresInDays { get; init; }
    public required bool OneTimeCode { get; init; }
    public ActView? Act { get; init; }
    public TerminationView? Termination { get; init; }
}
