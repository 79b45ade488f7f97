using Azure;

namespace DocFlow.Functions.Storage;

/// <summary>Creates the containers, tables and queues the app needs when they are missing (idempotent).</summary>
public sealed class StorageInitializer(StorageClients clients, ILogger<StorageInitializer> logger)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var work = new List<Task>();
        work.AddRange(StorageNames.Containers.Select(name => clients.Container(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
        work.AddRange(StorageNames.Tables.Select(name => clients.Table(name).CreateIfNotExistsAsync(cancellationToken)));
        work.AddRange(StorageNames.Queues.Select(name => clients.Queue(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
        await Task.WhenAll(work);
        logger.LogInformation("Storage ready: {Containers} containers, {Tables} tables, {Queues} queues",
            StorageNames.Containers.Count, StorageNames.Tables.Count, StorageNames.Queues.Count);
    }

    /// <summary>Start-up must not die because storage is late (Azurite still starting): retry for a while.</summary>
    public async Task EnsureCreatedWithRetryAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                await EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (StorageFaults.IsUnavailable(e) && DateTime.UtcNow < deadline && e is not RequestFailedException { Status: 403 })
            {
                logger.LogWarning("Storage not reachable yet ({Message}); retrying", e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }
}
