namespace DocFlow.Functions.Acts;

/// <summary>Settings of the acts work (README, "After signing" and "Settings").</summary>
public sealed record ActSettings
{
    /// <summary>Time zone of the local 06:00 run (Azure's timer uses WEBSITE_TIME_ZONE the same way).</summary>
    public TimeZoneInfo TimerTimeZone { get; init; } = TimeZoneInfo.Utc;
    /// <summary>Act requests processed at once by one instance's local queue listener.</summary>
    public int Workers { get; init; } = 4;
    /// <summary>Queue messages sent at once by one morning run.</summary>
    public int EnqueueParallelism { get; init; } = 32;
    /// <summary>Dequeues before a message goes to act-requests-poison (as host.json's maxDequeueCount).</summary>
    public int MaxDequeueCount { get; init; } = 5;
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static ActSettings Read(IConfiguration configuration) => new()
    {
        TimerTimeZone = Zones.Find(configuration["DOCFLOW_ACTS_TIME_ZONE"] ?? configuration["WEBSITE_TIME_ZONE"] ?? "Europe/Moscow"),
        Workers = int.TryParse(configuration["DOCFLOW_ACT_WORKERS"], out var workers) && workers > 0 ? workers : 4,
        QueuePollInterval = int.TryParse(configuration["DOCFLOW_ACT_QUEUE_POLL_MS"], out var poll) && poll > 0
            ? TimeSpan.FromMilliseconds(poll) : TimeSpan.FromSeconds(2),
    };
}
