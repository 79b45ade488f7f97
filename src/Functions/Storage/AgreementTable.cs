using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Storage;

/// <summary>The agreements table: head rows, added once and then replaced only with the ETag that was read.</summary>
public sealed class AgreementTable(StorageClients clients)
{
    private TableClient Table => clients.Table(StorageNames.AgreementsTable);

    public async Task<AgreementEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<AgreementEntity>(id, AgreementEntity.HeadRow, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>False when a row with this id already exists.</summary>
    public async Task<bool> TryAddAsync(AgreementEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>False when someone changed the row since it was read (ETag mismatch).</summary>
    public async Task<bool> TryReplaceAsync(AgreementEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
