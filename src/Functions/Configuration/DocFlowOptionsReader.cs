using Microsoft.Extensions.Configuration;

namespace DocFlow.Functions.Configuration;

/// <summary>
/// Maps configuration keys (environment variables as the Functions host sets them, or DocFlow:* sections) to
/// <see cref="DocFlowOptions"/>. Names follow the README's settings table.
/// </summary>
public static class DocFlowOptionsReader
{
    public static DocFlowOptions Read(IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = Resolve(contentRoot, Value(configuration, "DOCFLOW_DATA_DIR", "DocFlow:DataDir") ?? ".docflow");
        var storageUrl = Value(configuration, "DOCFLOW_STORAGE_BLOB_URL", "DocFlow:Storage:BlobUrl");
        var connection = Value(configuration, "AzureWebJobsStorage", "DocFlow:Storage:ConnectionString");
        return new DocFlowOptions
        {
            ApiKeys = ApiKeys(configuration),
            StorageConnectionString = connection ?? (storageUrl is null ? DocFlowOptions.DevelopmentStorage : null),
            BlobUrl = Url(storageUrl),
            QueueUrl = Url(Value(configuration, "DOCFLOW_STORAGE_QUEUE_URL", "DocFlow:Storage:QueueUrl")),
            TableUrl = Url(Value(configuration, "DOCFLOW_STORAGE_TABLE_URL", "DocFlow:Storage:TableUrl")),
            SendGridApiKey = Value(configuration, "SENDGRID_API_KEY", "DocFlow:Mail:SendGridApiKey"),
            SendGridHost = Value(configuration, "DOCFLOW_SENDGRID_HOST", "DocFlow:Mail:SendGridHost"),
            MailFrom = Value(configuration, "DOCFLOW_MAIL_FROM", "DocFlow:Mail:From") ?? "docflow@localhost",
            MailFromName = Value(configuration, "DOCFLOW_MAIL_FROM_NAME", "DocFlow:Mail:FromName") ?? "DocFlow",
            OutboxDirectory = Resolve(contentRoot,
                Value(configuration, "DOCFLOW_OUTBOX", "DocFlow:Mail:Outbox") ?? Path.Combine(dataDirectory, "outbox")),
            PublicUrl = (Value(configuration, "DOCFLOW_PUBLIC_URL", "DocFlow:PublicUrl") ?? DefaultPublicUrl(configuration))
                .TrimEnd('/'),
            DataDirectory = dataDirectory,
            OutboxPollInterval = TimeSpan.FromMilliseconds(
                int.TryParse(Value(configuration, "DOCFLOW_OUTBOX_POLL_MS", "DocFlow:Mail:PollMs"), out var ms) ? ms : 5000),
            MailRetryBase = TimeSpan.FromMilliseconds(
                int.TryParse(Value(configuration, "DOCFLOW_MAIL_RETRY_MS", "DocFlow:Mail:RetryMs"), out var retry) ? retry : 2000),
            MaxParallelRenders = int.TryParse(Value(configuration, "DOCFLOW_MAX_PARALLEL_RENDERS", "DocFlow:MaxParallelRenders"), out var renders) && renders > 0
                ? renders
                : DocFlowOptions.DefaultParallelRenders,
            RunLocalTriggers = bool.TryParse(Value(configuration, "DOCFLOW_LOCAL_TRIGGERS", "DocFlow:LocalTriggers"), out var local)
                ? local
                : configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] is null,
        };
    }

    private static IReadOnlyList<string> ApiKeys(IConfiguration configuration)
    {
        var keys = configuration.GetSection("DocFlow:ApiKeys").GetChildren()
            .Select(child => child.Value)
            .Append(configuration["DOCFLOW_API_KEY"]);
        return keys.Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => key!.Trim()).Distinct().ToArray();
    }

    private static string DefaultPublicUrl(IConfiguration configuration)
    {
        // In Azure the host name is known to the platform; locally the handler's own port.
        var host = configuration["WEBSITE_HOSTNAME"];
        if (!string.IsNullOrEmpty(host)) return $"https://{host}";
        return $"http://localhost:{configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] ?? "7071"}";
    }

    private static string? Value(IConfiguration configuration, string environmentName, string sectionName)
    {
        var value = configuration[environmentName] ?? configuration[sectionName];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static Uri? Url(string? value) => value is null ? null : new Uri(value.TrimEnd('/') + "/");

    private static string Resolve(string root, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
