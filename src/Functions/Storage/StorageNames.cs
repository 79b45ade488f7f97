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
    public const string ActRequestsQueue = "act-requests";
    public const string ActRequestsPoisonQueue = "act-requests-poison";

    public static IReadOnlyList<string> Containers { get; } = [DocumentsContainer, SignedContainer, MailContainer];
    public static IReadOnlyList<string> Tables { get; } =
        [AgreementsTable, EnvelopesTable, EventsTable, OutboxTable, IdempotencyTable];
    public static IReadOnlyList<string> Queues { get; } = [ActRequestsQueue, ActRequestsPoisonQueue];
}
