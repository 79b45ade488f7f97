namespace DocFlow.Functions.Storage;

/// <summary>The storage layout of shared/spec/api.md: containers, tables and queues created at start-up.</summary>
public static class StorageNames
{
    public const string DocumentsContainer = "documents";
    public const string SignedContainer = "signed";
    public const string MailContainer = "mail";
    public const string AgreementsTable = "agreements";
    public const string EnvelopesTable = "envelopes";
    public const string EventsTable = "events";
    public const string OutboxTable = "outbox";
    public const string IdempotencyTable = "idempotency";
    /// <summary>One row per stage of a signed agreement: when its act is due and which envelope carries it.</summary>
    public const string ActsTable = "acts";
    public const string ActRequestsQueue = "act-requests";
    public const string ActRequestsPoisonQueue = "act-requests-poison";

    public static IReadOnlyList<string> Containers { get; } = [DocumentsContainer, SignedContainer, MailContainer];
    public static IReadOnlyList<string> Tables { get; } =
        [AgreementsTable, EnvelopesTable, EventsTable, OutboxTable, IdempotencyTable, ActsTable];
    public static IReadOnlyList<string> Queues { get; } = [ActRequestsQueue, ActRequestsPoisonQueue];
}
