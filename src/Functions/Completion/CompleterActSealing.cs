using DocFlow.Functions.Acts;

namespace DocFlow.Functions.Completion;

/// <summary>An act accepted by silence is sealed, stored and mailed exactly as a signed envelope is.</summary>
public sealed class CompleterActSealing(EnvelopeCompleter completer) : IActSealing
{
    public Task SealAsync(string envelopeId, CancellationToken cancellationToken) =>
        completer.CompleteAsync(envelopeId, cancellationToken);
}
