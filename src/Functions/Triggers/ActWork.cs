using DocFlow.Functions.Acts;

namespace DocFlow.Functions.Triggers;

/// <summary>The trigger plumbing's view of the acts work: the morning run and one act request.</summary>
public sealed class ActWork(ActScheduler scheduler, ActGenerator generator) : IActWork
{
    public Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        scheduler.RunAsync(now, cancellationToken);

    public async Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken)
    {
        var outcome = await generator.GenerateAsync(request.AgreementId, request.StageId, cancellationToken);
        return [$"Act for {request.AgreementId} stage {request.StageId}: {outcome}"];
    }
}
