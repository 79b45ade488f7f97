using DocFlow.Agreements.Termination;

namespace DocFlow.Functions.Termination;

/// <summary>What was settled, kept on the agreement row: a repeated request is answered from it.</summary>
public sealed record TerminationRecord(DateOnly Date, decimal AmountPaid, IReadOnlyList<string> DeliveredStageIds,
    TerminationStatement Statement, string EnvelopeId);
