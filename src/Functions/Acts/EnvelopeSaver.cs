using DocFlow.Functions.Storage;
using DocFlow.Signing.Flow;

namespace DocFlow.Functions.Acts;

/// <summary>
/// Saves a signing step the scheduled work took (reminder, expiry, acceptance by silence) with the ETag it read, then
/// appends its events and indexes any new link tokens, so a reminder's fresh link finds its envelope.
/// </summary>
public sealed class EnvelopeSaver(EnvelopeTable envelopes)
{
    /// <summary>False when the envelope changed since it was read (the caller re-reads or leaves it to the next run).</summary>
    public async Task<bool> SaveAsync<T>(SigningStep<T> step, Azure.ETag etag, CancellationToken cancellationToken)
    {
        if (!step.Changed) return true;
        await envelopes.IndexTokensAsync(step.Envelope, cancellationToken);
        if (!await envelopes.TryReplaceAsync(step.Envelope, etag, cancellationToken, step.Events)) return false;
        await envelopes.AppendEventsAsync(step.Events, cancellationToken);
        return true;
    }
}
