using System.Net.Sockets;
using Azure;

namespace DocFlow.Functions.Storage;

/// <summary>Tells a storage outage (worth a retry later) from an answer storage gave on purpose (404, 409, 412).</summary>
public static class StorageFaults
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        StorageUnavailableException => true,
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        HttpRequestException or SocketException or IOException or TimeoutException => true,
        TaskCanceledException or OperationCanceledException => exception.InnerException is null || IsUnavailable(exception.InnerException),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is not null && IsUnavailable(exception.InnerException),
    };
}
