namespace DocFlow.Agreements.Planning;

/// <summary>
/// One invoice of the payment schedule. Trigger: "signing", "stage-start:{id}", "stage:{id}", "final-act" or
/// "hours-block". The invoices of a plan add up to its total exactly.
/// </summary>
public sealed record Invoice
{
    public required int Number { get; init; }
    public required decimal Amount { get; init; }
    public required string Trigger { get; init; }
    public required int DueWorkingDays { get; init; }
    /// <summary>The stage an invoice belongs to ("stage-start:" and "stage:" triggers).</summary>
    public string? StageId { get; init; }
    /// <summary>Hours bought by an "hours-block" invoice.</summary>
    public decimal? Hours { get; init; }
}
