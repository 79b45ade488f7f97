namespace DocFlow.Agreements.Model;

public sealed record Payment
{
    public required PaymentScheme Scheme { get; init; }
    public decimal? PrepaymentPercent { get; init; }
    public decimal MinimumBlockHours { get; init; } = 10;
    /// <summary>Working days to pay an invoice.</summary>
    public int DueDays { get; init; } = 5;
}
