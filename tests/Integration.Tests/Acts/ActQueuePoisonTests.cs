using Azure.Storage.Queues.Models;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;
using DocFlow.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocFlow.Integration.Tests.Acts;

/// <summary>The local queue listener treats act requests as the Functions host does: a failing one is tried again
/// until its fifth dequeue, then moved to act-requests-poison; one that cannot be read goes there at once.</summary>
[Collection(StorageCollection.Name)]
public sealed class ActQueuePoisonTests(StorageFixture fixture)
{
    private sealed class FailingWork : IActWork
    {
        public int Calls;
        public Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            throw new InvalidOperationException("rendering failed");
        }
    }

    [Fact]
    public async Task A_failing_request_is_left_for_a_retry_until_its_fifth_try_then_poisoned()
    {
        var storage = fixture.App.Services.GetRequiredService<StorageClients>();
        var queue = storage.Queue(StorageNames.ActRequestsQueue);
        var poison = storage.Queue(StorageNames.ActRequestsPoisonQueue);
        var marker = Guid.NewGuid().ToString("N");
        await queue.SendMessageAsync(ActQueue.Serialize(new ActRequest(marker, "s1")));
        var received = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1))).Value.Single(m => m.MessageText.Contains(marker));
        var work = new FailingWork();
        var listener = new LocalActQueueListener(storage, work, new ActSettings(), NullLogger<LocalActQueueListener>.Instance);

        await listener.HandleAsync(Retried(received, 1), default);
        Assert.False(await InPoisonAsync(poison, marker));

        await listener.HandleAsync(Retried(received, 5), default);
        Assert.Equal(2, work.Calls);
        Assert.True(await InPoisonAsync(poison, marker));
        await Task.Delay(1200);
        var left = (await queue.ReceiveMessagesAsync(32)).Value;
        Assert.DoesNotContain(left, m => m.MessageText.Contains(marker));
    }

    [Fact]
    public async Task An_unreadable_request_is_poisoned_at_once_without_running()
    {
        var storage = fixture.App.Services.GetRequiredService<StorageClients>();
        var queue = storage.Queue(StorageNames.ActRequestsQueue);
        var marker = "garbage-" + Guid.NewGuid().ToString("N");
        await queue.SendMessageAsync(marker);
        var received = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value.Single(m => m.MessageText == marker);
        var work = new FailingWork();

        await new LocalActQueueListener(storage, work, new ActSettings(), NullLogger<LocalActQueueListener>.Instance)
            .HandleAsync(received, default);

        Assert.Equal(0, work.Calls);
        Assert.True(await InPoisonAsync(storage.Queue(StorageNames.ActRequestsPoisonQueue), marker));
    }

    // The stored message with another dequeue count: what the queue would hand over on that try.
    private static QueueMessage Retried(QueueMessage message, long dequeueCount) =>
        QueuesModelFactory.QueueMessage(message.MessageId, message.PopReceipt, message.MessageText, dequeueCount);

    private static async Task<bool> InPoisonAsync(Azure.Storage.Queues.QueueClient poison, string marker)
    {
        var peeked = (await poison.PeekMessagesAsync(32)).Value;
        return peeked.Any(m => m.MessageText.Contains(marker));
    }
}
