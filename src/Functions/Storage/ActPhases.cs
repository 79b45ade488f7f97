namespace DocFlow.Functions.Storage;

/// <summary>Where the acts work is with a stage (the act's own state comes from its envelope).</summary>
public static class ActPhases
{
    /// <summary>No act yet: the morning run enqueues it once DueOn has come (or the stage was reported complete).</summary>
    public const string Waiting = "waiting";
    /// <summary>The act envelope is out: the morning run reminds, accepts by silence, or notices it closed.</summary>
    public const string Open = "open";
    /// <summary>Signed, accepted by silence, declined or expired: nothing more to do.</summary>
    public const string Closed = "closed";
    /// <summary>The agreement was terminated before this stage was delivered: no act is ever made.</summary>
    public const string Cancelled = "cancelled";
}
