using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;

namespace DocFlow.Functions.Acts;

/// <summary>The act-requests queue: one JSON message per stage act, in the encoding the Functions host reads.</summary>
public sealed class ActQueue(StorageClients storage)
{
    public Task SendAsync(ActRequest request, CancellationToken cancellationToken) =>
        storage.Queue(StorageNames.ActRequestsQueue).SendMessageAsync(Serialize(request), cancellationToken);

    public static string Serialize(ActRequest request) => JsonSerializer.Serialize(request, AgreementJson.Options);
}
