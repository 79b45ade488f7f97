namespace DocFlow.Functions.Storage;

/// <summary>Creates the storage layout before the app takes requests; waits for a storage emulator that is still starting.</summary>
public sealed class StorageStartup(StorageInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        initializer.EnsureCreatedWithRetryAsync(TimeSpan.FromSeconds(30), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
