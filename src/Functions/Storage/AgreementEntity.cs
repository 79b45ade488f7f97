using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Storage;

/// <summary>
/// The agreement's head row in the agreements table (PartitionKey = id). Written last in a create, so an agreement is
/// visible only once all its documents are stored. Its ETag guards updates and status changes against races.
/// </summary>
public sealed class AgreementEntity : ITableEntity
{
    public const string HeadRow = "head";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = HeadRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Version { get; set; }
    public string Status { get; set; } = AgreementStatus.Draft;
    public string Number { get; set; } = "";
    public string Locale { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    /// <summary>SHA-256 of the request body that made the current version: tells a retry from a different request.</summary>
    public string BodySha256 { get; set; } = "";
    /// <summary>JSON array of StoredDocument for every version (documents are never removed).</summary>
    public string DocumentsJson { get; set; } = "[]";
    /// <summary>JSON array of envelope ids made by send.</summary>
    public string EnvelopesJson { get; set; } = "[]";
    /// <summary>The settled termination (TerminationRecord JSON) once terminated; null before.</summary>
    public string? TerminationJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
