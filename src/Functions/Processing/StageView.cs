namespace DocFlow.Functions.Processing;

/// <summary>A stage with its planned dates and its act: state (none, sent, signed, accepted-by-silence, declined,
/// expired, cancelled), the envelope that carries it, when it was sent and when it was answered.</summary>
public sealed record StageView(string Id, string Title, DateOnly? Start, DateOnly? End, decimal? Amount, string ActState,
    string? ActEnvelopeId = null, DateTimeOffset? ActSentAt = null, DateTimeOffset? ActClosedAt = null);
