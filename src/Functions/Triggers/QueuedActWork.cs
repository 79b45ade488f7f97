using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Triggers;

/// <summary>
/// Until act rendering lands: accepts act requests and reports them, and the schedule step enqueues nothing.
/// Keeps the trigger plumbing (host payloads, queue encoding) exercised end to end.
/// </summary>
public sealed class QueuedActWork(StorageClients storage, ILogger<QueuedActWork> logger) : IActWork
{
    public Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        logger.LogInformation("ScheduleActs ran at {Now}", now);
        return Task.FromResult<IReadOnlyList<string>>([$"ScheduleActs ran at {now:O}"]);
    }

    public Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken)
    {
        logger.LogInformation("Act requested for {AgreementId} stage {StageId}", request.AgreementId, request.StageId);
        return Task.FromResult<IReadOnlyList<string>>([$"Act requested for {request.AgreementId} stage {request.StageId}"]);
    }

    /// <summary>Puts one act request on the queue (what ScheduleActs does per stage).</summary>
    public async Task EnqueueAsync(ActRequest request, CancellationToken cancellationToken) =>
        await storage.Queue(StorageNames.ActRequestsQueue)
            .SendMessageAsync(JsonSerializer.Serialize(request, AgreementJson.Options), cancellationToken);
}
