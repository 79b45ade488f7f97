namespace DocFlow.Functions.Acts;

/// <summary>Stands in while no completer is registered: the acceptance is recorded and mailed, the seal is logged as owed.</summary>
public sealed class LoggedActSealing(ILogger<LoggedActSealing> logger) : IActSealing
{
    public Task SealAsync(string envelopeId, CancellationToken cancellationToken)
    {
        logger.LogWarning("Act envelope {EnvelopeId} accepted by silence: no completer registered to seal it", envelopeId);
        return Task.CompletedTask;
    }
}
