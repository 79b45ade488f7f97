using Azure;
using Azure.Data.Tables;

namespace DocFlow.Functions.Storage;

/// <summary>The acts table: stage rows added once per signed agreement, then changed only with the ETag read.</summary>
public sealed class ActTable(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.ActsTable);

    /// <summary>Adds the rows that are not there yet (an agreement registered twice keeps its first rows).</summary>
    public async Task AddMissingAsync(IEnumerable<ActEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            try
            {
                await Table.AddEntityAsync(row, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }
        }
    }

    /// <summary>The row that says an agreement's stages are all added (written after them).</summary>
    public const string RegisteredRow = "~registered";

    public Task MarkRegisteredAsync(string agreementId, CancellationToken cancellationToken) =>
        AddMissingAsync([new ActEntity { PartitionKey = agreementId, RowKey = RegisteredRow, Phase = RegisteredRow }], cancellationToken);

    /// <summary>Ids of every agreement whose stages are registered.</summary>
    public async Task<HashSet<string>> RegisteredAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>();
        await foreach (var row in Table.QueryAsync<TableEntity>($"RowKey eq '{RegisteredRow}'", select: ["PartitionKey"],
            cancellationToken: cancellationToken))
            ids.Add(row.PartitionKey);
        return ids;
    }

    public async Task<ActEntity?> FindAsync(string agreementId, string stageId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<ActEntity>(agreementId, stageId, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<ActEntity>> ListAsync(string agreementId, CancellationToken cancellationToken)
    {
        var rows = new List<ActEntity>();
        await foreach (var row in Table.QueryAsync<ActEntity>(row => row.PartitionKey == agreementId, cancellationToken: cancellationToken))
        {
            if (row.RowKey != RegisteredRow) rows.Add(row);
        }
        return rows;
    }

    /// <summary>Stages without an act whose due day is on or before <paramref name="latestDay"/> (yyyy-MM-dd).</summary>
    public IAsyncEnumerable<ActEntity> QueryDueAsync(string latestDay, CancellationToken cancellationToken) =>
        Table.QueryAsync<ActEntity>($"Phase eq '{ActPhases.Waiting}' and DueOn le '{latestDay}'",
            maxPerPage: 1000, select: [nameof(ActEntity.PartitionKey), nameof(ActEntity.RowKey), nameof(ActEntity.DueOn),
                nameof(ActEntity.TimeZone)], cancellationToken: cancellationToken);

    public IAsyncEnumerable<ActEntity> QueryOpenAsync(CancellationToken cancellationToken) =>
        Table.QueryAsync<ActEntity>(row => row.Phase == ActPhases.Open, cancellationToken: cancellationToken);

    public async Task<bool> TryReplaceAsync(ActEntity row, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
