using System.Collections.Concurrent;
using Azure.Data.Tables;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;

namespace DocFlow.Functions.Acts;

/// <summary>
/// The morning run (ScheduleActs): registers agreements that became signed, enqueues one act request per stage whose
/// planned end has passed in the agreement's time zone and has no act yet, then follows up open envelopes.
/// Generation itself fans out through the queue, so the run stays short however many stages are due.
/// </summary>
public sealed class ActScheduler(
    StorageClients storage,
    ActTable acts,
    ActRegistrar registrar,
    ActQueue queue,
    ActFollowUp followUp,
    ActSettings settings,
    ILogger<ActScheduler> logger)
{
    /// <summary>The furthest any time zone is ahead of UTC: due days up to there are candidates, each checked in its own zone.</summary>
    private static readonly TimeSpan AheadOfUtc = TimeSpan.FromHours(14);

    public async Task<IReadOnlyList<string>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var registered = await RegisterSignedAsync(cancellationToken);
        var enqueued = await EnqueueDueAsync(now, cancellationToken);
        var followed = await followUp.RunAsync(now, cancellationToken);
        logger.LogInformation("ScheduleActs at {Now}: {Registered} agreement(s) signed, {Enqueued} act request(s) enqueued",
            now, registered, enqueued);
        return [$"ScheduleActs ran at {now:O}: {registered} newly signed, {enqueued} act request(s) enqueued", .. followed];
    }

    private async Task<int> RegisterSignedAsync(CancellationToken cancellationToken)
    {
        var known = await acts.RegisteredAsync(cancellationToken);
        var count = 0;
        var candidates = storage.Table(StorageNames.AgreementsTable).QueryAsync<TableEntity>(
            $"Status eq '{AgreementStatus.Sent}' or Status eq '{AgreementStatus.Signed}'", select: ["PartitionKey"],
            cancellationToken: cancellationToken);
        await foreach (var candidate in candidates)
        {
            if (!known.Contains(candidate.PartitionKey) && await registrar.RegisterIfSignedAsync(candidate.PartitionKey, cancellationToken))
                count++;
        }
        return count;
    }

    public async Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latestDay = DateOnly.FromDateTime((now + AheadOfUtc).UtcDateTime).ToString("yyyy-MM-dd");
        var todayByZone = new ConcurrentDictionary<string, string>();
        var enqueued = 0;
        var due = acts.QueryDueAsync(latestDay, cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions
        {
            MaxDegreeOfParallelism = settings.EnqueueParallelism, CancellationToken = cancellationToken,
        }, async (row, token) =>
        {
            var today = todayByZone.GetOrAdd(row.TimeZone, zone => Zones.Today(now, zone).ToString("yyyy-MM-dd"));
            if (string.CompareOrdinal(row.DueOn, today) > 0) return;
            await queue.SendAsync(new ActRequest(row.PartitionKey, row.RowKey), token);
            Interlocked.Increment(ref enqueued);
        });
        return enqueued;
    }
}
