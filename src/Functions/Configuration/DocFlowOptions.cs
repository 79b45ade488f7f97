namespace DocFlow.Functions.Configuration;

/// <summary>Every setting of the app, resolved once at start-up from configuration and environment variables.</summary>
public sealed record DocFlowOptions
{
    /// <summary>Azurite's well-known development account: the default when nothing else is configured.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public IReadOnlyList<string> ApiKeys { get; init; } = [];
    public string? StorageConnectionString { get; init; }
    public Uri? BlobUrl { get; init; }
    public Uri? QueueUrl { get; init; }
    public Uri? TableUrl { get; init; }
    public string? SendGridApiKey { get; init; }
    /// <summary>Base URL of the SendGrid API; tests point it at a fake on loopback.</summary>
    public string? SendGridHost { get; init; }
    public string MailFrom { get; init; } = "docflow@localhost";
    public string MailFromName { get; init; } = "DocFlow";
    public required string OutboxDirectory { get; init; }
    public required string PublicUrl { get; init; }
    public required string DataDirectory { get; init; }
    /// <summary>How often the outbox dispatcher looks for mail that still has to go out.</summary>
    public TimeSpan OutboxPollInterval { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>First retry delay of a mail the provider did not accept (429, 5xx); doubles per attempt.</summary>
    public TimeSpan MailRetryBase { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Runs the timer and queue listener in-process when no Functions host drives the triggers.</summary>
    public bool RunLocalTriggers { get; init; }
    /// <summary>Renders running at once across all requests of the process (DOCFLOW_MAX_PARALLEL_RENDERS).</summary>
    public int MaxParallelRenders { get; init; } = DefaultParallelRenders;

    public static int DefaultParallelRenders => Math.Max(2, Environment.ProcessorCount);

    public bool UsesManagedIdentity => StorageConnectionString is null && BlobUrl is not null;
}
