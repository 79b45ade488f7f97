namespace DocFlow.Agreements.Planning;

/// <summary>Cumulative value (with VAT, as paid) of everything delivered once this stage is accepted.</summary>
public sealed record DeliveredValue(string StageId, decimal Value);
