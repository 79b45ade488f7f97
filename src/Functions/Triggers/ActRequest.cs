namespace DocFlow.Functions.Triggers;

/// <summary>A message on act-requests: make the act for this stage (idempotent per agreement and stage).</summary>
public sealed record ActRequest(string AgreementId, string StageId);
