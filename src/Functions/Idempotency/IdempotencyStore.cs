using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Idempotency;

/// <summary>
/// Idempotency keys in the idempotency table. The first request reserves the key together with the id of what it will
/// create, so a retry after a crash (or a concurrent duplicate) works on the same id and nothing is made twice.
/// </summary>
public sealed class IdempotencyStore(StorageClients clients)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;

    private TableClient Table => clients.Table(StorageNames.IdempotencyTable);

    public async Task<IdempotencyDecision> BeginAsync(string caller, string key, string operation, string bodySha256,
        string proposedId, CancellationToken cancellationToken)
    {
        var entity = new IdempotencyEntity
        {
            PartitionKey = caller,
            RowKey = RowKey(key),
            Operation = operation,
            BodySha256 = bodySha256,
            ReservedId = proposedId,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return new IdempotencyDecision.Proceed(proposedId);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await Table.GetEntityAsync<IdempotencyEntity>(caller, entity.RowKey, cancellationToken: cancellationToken)).Value;
            return Decide(existing, operation, bodySha256);
        }
    }

    public async Task CompleteAsync(string caller, string key, string operation, string bodySha256, string reservedId,
        int status, string responseJson, string? location, CancellationToken cancellationToken)
    {
        var entity = new IdempotencyEntity
        {
            PartitionKey = caller,
            RowKey = RowKey(key),
            Operation = operation,
            BodySha256 = bodySha256,
            ReservedId = reservedId,
            Done = true,
            Status = status,
            ResponseJson = responseJson,
            Location = location ?? "",
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public static string Sha256(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static IdempotencyDecision Decide(IdempotencyEntity existing, string operation, string bodySha256)
    {
        if (existing.Operation != operation || existing.BodySha256 != bodySha256) return new IdempotencyDecision.Mismatch();
        if (existing.Done)
            return new IdempotencyDecision.Replay(existing.Status, existing.ResponseJson,
                existing.Location.Length == 0 ? null : existing.Location);
        return new IdempotencyDecision.Proceed(existing.ReservedId);
    }

    // Keys are caller-chosen text; table keys forbid / \ # ? and control characters, so store a hash.
    private static string RowKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
