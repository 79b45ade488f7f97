using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Storage;

/// <summary>
/// One stage of a signed agreement in the acts table (PartitionKey = agreement id, RowKey = stage id). Written when
/// the agreement is seen signed, so the morning run finds due stages with one filtered query instead of replanning
/// every agreement. EnvelopeId is set once, by insert-or-ETag, which is what makes act generation idempotent.
/// </summary>
public sealed class ActEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>yyyy-MM-dd of the first day the act is due (planned end + 1): compares as text in a table filter.</summary>
    public string DueOn { get; set; } = "";
    /// <summary>One of <see cref="ActPhases"/>.</summary>
    public string Phase { get; set; } = ActPhases.Waiting;
    public string TimeZone { get; set; } = "UTC";
    public string? EnvelopeId { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Set once the invitations of the act envelope are in the outbox.</summary>
    public DateTimeOffset? InvitedAt { get; set; }
}
