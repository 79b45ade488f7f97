namespace DocFlow.Templates.ViewModels;

/// <summary>Period: "once", "monthly", "yearly"; Payer: "client", "contractor".</summary>
public sealed record CostView(string Title, string? Amount, string Period, string Payer, string? Note);
