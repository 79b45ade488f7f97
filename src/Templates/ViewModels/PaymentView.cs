namespace DocFlow.Templates.ViewModels;

/// <summary>Scheme: "prepayment", "per-stage" or "hourly-prepaid".</summary>
public sealed record PaymentView(string Scheme, string? PrepaymentPercent, string MinimumBlockHours, int DueDays);
