namespace DocFlow.Signing.Audit;

/// <summary>Where an envelope's trail ends: the last sequence and its hash. Kept on the envelope so that a truncated
/// trail (last events removed) is detected, which the chain alone cannot show.</summary>
public sealed record AuditHead(int Sequence, string Hash)
{
    /// <summary>The "previous hash" of the first event: 64 zeros.</summary>
    public static AuditHead Genesis { get; } = new(0, new string('0', 64));
}
