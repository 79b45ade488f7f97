using DocFlow.Functions.Triggers;

namespace DocFlow.Bench.Acts;

/// <summary>
/// Stands in for act generation behind the real queue listener: holds each request a while and records how many run
/// at once, so the run shows the listener's bound without rendering thousands of acts.
/// </summary>
public sealed class CountingWork(TimeSpan hold) : IActWork
{
    private int _running;
    private int _done;

    public int MaxRunning { get; private set; }
    public int Done => Volatile.Read(ref _done);

    public Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public async Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        lock (this) MaxRunning = Math.Max(MaxRunning, running);
        try
        {
            await Task.Delay(hold, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            Interlocked.Increment(ref _done);
        }
        return [];
    }
}
