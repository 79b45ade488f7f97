namespace DocFlow.Functions.Termination;

/// <summary>POST /api/agreements/{id}/termination: the day the client withdraws and what it has paid so far.</summary>
public sealed record TerminationRequest(DateOnly? Date, decimal? AmountPaid);
