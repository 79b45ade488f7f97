namespace DocFlow.Agreements.Termination;

/// <summary>
/// The refund rule applied on a date: the client pays for what was delivered; everything paid above that is refunded.
/// Exactly one of Refund and Owed is non-zero, or both are zero.
/// </summary>
public sealed record TerminationStatement
{
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<string> DeliveredOptionIds { get; init; }
    public required decimal DeliveredValue { get; init; }
    public required decimal AmountPaid { get; init; }
    public required decimal Refund { get; init; }
    public required decimal Owed { get; init; }
}
