namespace DocFlow.Functions.Acts;

/// <summary>
/// Seals an act envelope that was accepted by silence (certificate page saying so, seal, `signed` blobs, completed mail),
/// exactly as a signed one is. The seam to the completer of signed envelopes, so the acts work does not depend on how
/// sealing is done.
/// </summary>
public interface IActSealing
{
    Task SealAsync(string envelopeId, CancellationToken cancellationToken);
}
