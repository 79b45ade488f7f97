using Azure.Storage.Queues.Models;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Triggers;

/// <summary>
/// Without a Functions host: takes act requests off the queue with bounded parallelism (DOCFLOW_ACT_WORKERS), deletes
/// each once handled, lets a failed one reappear after its visibility timeout, and moves it to act-requests-poison on
/// its fifth dequeue, as the host does with maxDequeueCount 5.
/// </summary>
public sealed class LocalActQueueListener(StorageClients storage, IActWork work, ActSettings settings,
    ILogger<LocalActQueueListener> logger) : BackgroundService
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = storage.Queue(StorageNames.ActRequestsQueue);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = await queue.ReceiveMessagesAsync(32, Visibility, stoppingToken);
                if (messages.Length == 0)
                {
                    await Task.Delay(settings.QueuePollInterval, stoppingToken);
                    continue;
                }
                await Parallel.ForEachAsync(messages,
                    new ParallelOptions { MaxDegreeOfParallelism = settings.Workers, CancellationToken = stoppingToken },
                    (message, token) => new ValueTask(HandleAsync(message, token)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Act queue listener: receive failed, retrying");
                await Task.Delay(settings.QueuePollInterval, stoppingToken);
            }
        }
    }

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(StorageNames.ActRequestsQueue);
        var request = TriggerEndpoints.ParseActRequest(System.Text.Json.JsonSerializer.SerializeToElement(message.MessageText));
        if (request is null || message.DequeueCount > settings.MaxDequeueCount)
        {
            await PoisonAsync(message, cancellationToken);
            return;
        }
        try
        {
            await work.GenerateAsync(request, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Act request {MessageId} failed on try {Try}", message.MessageId, message.DequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount) await PoisonAsync(message, cancellationToken);
        }
    }

    private async Task PoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await storage.Queue(StorageNames.ActRequestsPoisonQueue).SendMessageAsync(message.MessageText, cancellationToken);
        await storage.Queue(StorageNames.ActRequestsQueue).DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        logger.LogError("Act request {MessageId} moved to {Queue} after {Tries} tries", message.MessageId,
            StorageNames.ActRequestsPoisonQueue, message.DequeueCount);
    }
}
