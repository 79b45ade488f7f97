using System.Diagnostics;
using Azure.Storage.Queues;

namespace DocFlow.Bench.Acts;

/// <summary>The storage-only ceiling: the same messages sent straight to the queue, as many at once as the scheduler sends.</summary>
public static class QueuePeer
{
    public static async Task<TimeSpan> SendAsync(QueueClient queue, IReadOnlyList<string> messages, int parallelism)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (message, token) => await queue.SendMessageAsync(message, token));
        return watch.Elapsed;
    }
}
