using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Idempotency;

/// <summary>
/// One Idempotency-Key of one caller (PartitionKey: caller id, RowKey: SHA-256 of the key). Pending while the first
/// request runs (it reserved the agreement id), done once its answer is stored.
/// </summary>
public sealed class IdempotencyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Operation { get; set; } = "";
    public string BodySha256 { get; set; } = "";
    public string ReservedId { get; set; } = "";
    public bool Done { get; set; }
    public int Status { get; set; }
    public string ResponseJson { get; set; } = "";
    public string Location { get; set; } = "";
}
