namespace DocFlow.Functions.Idempotency;

/// <summary>What to do with a request that carries an Idempotency-Key.</summary>
public abstract record IdempotencyDecision
{
    private IdempotencyDecision() { }

    /// <summary>First time (or a retry of one that never finished): do the work with this id.</summary>
    public sealed record Proceed(string ReservedId) : IdempotencyDecision;

    /// <summary>Already done: answer exactly what was answered then.</summary>
    public sealed record Replay(int Status, string ResponseJson, string? Location) : IdempotencyDecision;

    /// <summary>The key was used with another body or operation: 409.</summary>
    public sealed record Mismatch : IdempotencyDecision;
}
