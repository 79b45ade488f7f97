namespace DocFlow.Signing.Audit;

/// <summary>What happened, before it is numbered and chained by <see cref="AuditChain.Append"/>.</summary>
public sealed record AuditEntry(
    string Type,
    DateTimeOffset At,
    string Actor,
    string? Ip = null,
    string? UserAgent = null,
    IReadOnlyDictionary<string, string>? Data = null);
