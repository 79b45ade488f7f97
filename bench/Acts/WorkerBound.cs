using System.Diagnostics;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocFlow.Bench.Acts;

/// <summary>
/// Runs the real LocalActQueueListener over some act requests with <see cref="CountingWork"/> behind it, and reports
/// how many it handled at once: the bound the app's ActSettings.Workers sets.
/// </summary>
public static class WorkerBound
{
    public static TimeSpan Hold { get; } = TimeSpan.FromMilliseconds(100);

    public static async Task<(int Handled, int MaxRunning)> MeasureAsync(StorageClients clients, ActSettings settings, IReadOnlyList<string> messages)
    {
        var queue = clients.Queue(StorageNames.ActRequestsQueue);
        await queue.ClearMessagesAsync();
        foreach (var message in messages) await queue.SendMessageAsync(message);
        var work = new CountingWork(Hold);
        // The app's own worker bound; only the idle poll is shortened so the run ends promptly.
        using var listener = new LocalActQueueListener(clients, work, settings with { QueuePollInterval = TimeSpan.FromMilliseconds(50) },
            NullLogger<LocalActQueueListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        var watch = Stopwatch.StartNew();
        while (work.Done < messages.Count && watch.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(50);
        await listener.StopAsync(CancellationToken.None);
        return (work.Done, work.MaxRunning);
    }
}
