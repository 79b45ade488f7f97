using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Storage;

/// <summary>An envelope row (PartitionKey = envelope id): the Signing core's Envelope as JSON, guarded by its ETag.</summary>
public sealed class EnvelopeEntity : ITableEntity
{
    public const string EnvelopeRow = "envelope";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = EnvelopeRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AgreementId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = "";
    public string EnvelopeJson { get; set; } = "";
    /// <summary>The audit events of the step that produced this state (JSON array), saved with it in one write: if the
    /// writer dies before appending them to the events table, the next reader does (EnvelopeTable.FindAsync).</summary>
    public string? StepEventsJson { get; set; }
}
