using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Mail;

/// <summary>
/// A mail not yet accepted by the provider (PartitionKey "mail", RowKey = message id); the message itself is the blob
/// mail/{id}.json. Claimed with its ETag before sending so two instances never send it at the same moment.
/// </summary>
public sealed class OutboxEntity : ITableEntity
{
    public const string Partition = "mail";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string State { get; set; } = OutboxState.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string Subject { get; set; } = "";
    public string Recipients { get; set; } = "";
    public string LastResult { get; set; } = "";
    public DateTimeOffset? SentAt { get; set; }
}
