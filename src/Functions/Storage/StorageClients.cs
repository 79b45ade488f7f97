using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DocFlow.Functions.Configuration;

namespace DocFlow.Functions.Storage;

/// <summary>
/// The three storage clients, from a connection string (Azurite, or a key in Azure) or account URLs with managed
/// identity. Retries are few and short: a dead storage account must turn into a quick 503, not a minute-long hang.
/// </summary>
public sealed class StorageClients
{
    public BlobServiceClient Blobs { get; }
    public TableServiceClient Tables { get; }
    public QueueServiceClient Queues { get; }

    public StorageClients(DocFlowOptions options)
    {
        if (options.StorageConnectionString is { } connection)
        {
            Blobs = new BlobServiceClient(connection, Configure(new BlobClientOptions()));
            Tables = new TableServiceClient(connection, Configure(new TableClientOptions()));
            Queues = new QueueServiceClient(connection, Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));
            return;
        }
        var credential = new DefaultAzureCredential();
        var blobUrl = options.BlobUrl ?? throw new InvalidOperationException("DOCFLOW_STORAGE_BLOB_URL or AzureWebJobsStorage must be set.");
        Blobs = new BlobServiceClient(blobUrl, credential, Configure(new BlobClientOptions()));
        Tables = new TableServiceClient(options.TableUrl ?? Sibling(blobUrl, "table"), credential, Configure(new TableClientOptions()));
        Queues = new QueueServiceClient(options.QueueUrl ?? Sibling(blobUrl, "queue"), credential,
            Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));
    }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    private static T Configure<T>(T clientOptions) where T : ClientOptions
    {
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
        clientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        clientOptions.Retry.Mode = RetryMode.Exponential;
        return clientOptions;
    }

    // https://acct.blob.core.windows.net/ → https://acct.table.core.windows.net/
    private static Uri Sibling(Uri blobUrl, string service) =>
        new(blobUrl.ToString().Replace(".blob.", $".{service}.", StringComparison.OrdinalIgnoreCase));
}
