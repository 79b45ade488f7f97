namespace DocFlow.Agreements.Planning;

/// <summary>What the client gets back for this option if the agreement ends before it is delivered.</summary>
public sealed record RefundLine(string OptionId, decimal RefundableUntilDelivered);
