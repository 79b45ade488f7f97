using DocFlow.Functions.Configuration;

namespace DocFlow.Functions.Processing;

/// <summary>Bounds CPU-heavy rendering across all requests of the process (one instance, registered as a singleton).</summary>
public sealed class RenderGate(DocFlowOptions options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.MaxParallelRenders);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(work, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
