using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Endpoints;

/// <summary>GET /api/health: open to probes; says whether storage answers, without ever failing itself.</summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/health", CheckAsync)
            .WithName("Health").WithTags("Health")
            .WithSummary("Liveness, and whether storage answers.")
            .Produces<HealthReport>();

    private static async Task<IResult> CheckAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        string state;
        try
        {
            await storage.Container(StorageNames.DocumentsContainer).ExistsAsync(timeout.Token);
            state = "ok";
        }
        catch (Exception e) when (StorageFaults.IsUnavailable(e) || e is OperationCanceledException)
        {
            state = "unavailable";
        }
        return Results.Ok(new HealthReport("ok", state));
    }
}
