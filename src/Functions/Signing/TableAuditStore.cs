using DocFlow.Functions.Completion;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Ports;

namespace DocFlow.Functions.Signing;

/// <summary>
/// The audit port over the events table: one insert-only row per event (envelope id, sequence), so a repeated append
/// of the same step finds its rows there and adds nothing.
/// </summary>
public sealed class TableAuditStore(EnvelopeTable envelopes, AuditTrailReader reader) : IAuditStore
{
    public async Task<AuditAppendResult> AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return AuditAppendResult.AlreadyAppended;
        var stored = await reader.ListAsync(events[0].EnvelopeId, cancellationToken);
        var bySequence = stored.ToDictionary(e => e.Sequence);
        if (events.All(e => bySequence.TryGetValue(e.Sequence, out var existing) && existing.Hash == e.Hash))
            return AuditAppendResult.AlreadyAppended;
        if (events.Any(e => bySequence.TryGetValue(e.Sequence, out var existing) && existing.Hash != e.Hash))
            return AuditAppendResult.Conflict;
        var last = stored.Count == 0 ? null : stored[^1];
        var first = events[0];
        if (last is not null && (first.Sequence != last.Sequence + 1 || first.PreviousHash != last.Hash))
            return AuditAppendResult.Conflict;
        await envelopes.AppendEventsAsync(events, cancellationToken);
        return AuditAppendResult.Appended;
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(string envelopeId, CancellationToken cancellationToken) =>
        reader.ListAsync(envelopeId, cancellationToken);
}
