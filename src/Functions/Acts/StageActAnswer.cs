namespace DocFlow.Functions.Acts;

/// <summary>The answer to a stage-complete report: whether this call issued the act, and where the act is.</summary>
public sealed record StageActAnswer(string AgreementId, string StageId, bool Issued, string ActState, string? EnvelopeId,
    DateTimeOffset? SentAt, DateTimeOffset? ClosedAt);
