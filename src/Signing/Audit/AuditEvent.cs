namespace DocFlow.Signing.Audit;

/// <summary>
/// One append-only audit entry. <see cref="Hash"/> is the SHA-256 of the canonical form of every other field,
/// <see cref="PreviousHash"/> included, so editing, removing or reordering an entry breaks the chain.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>1-based position in the envelope's trail.</summary>
    public required int Sequence { get; init; }
    public required string EnvelopeId { get; init; }
    /// <summary>One of <see cref="AuditEventTypes"/>.</summary>
    public required string Type { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The signer's e-mail, or "system" for the platform's own actions.</summary>
    public required string Actor { get; init; }
    public string? Ip { get; init; }
    public string? UserAgent { get; init; }
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public const string SystemActor = "system";
}
