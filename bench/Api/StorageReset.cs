using Azure.Storage.Blobs;

namespace DocFlow.Bench.Api;

/// <summary>
/// Empties a container between measured runs. Azurite keeps everything in memory: after a thousand agreements (1.6 MB
/// each) it slows down, and it slows storage-bound runs more than render-bound ones, so without this the peer got
/// slower round by round and the API's ratio to it drifted upwards.
/// </summary>
public static class StorageReset
{
    public static async Task ClearAsync(BlobContainerClient container)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync()) names.Add(blob.Name);
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (name, token) => await container.DeleteBlobIfExistsAsync(name, cancellationToken: token));
    }
}
