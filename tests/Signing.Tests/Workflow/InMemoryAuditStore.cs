using DocFlow.Signing.Audit;
using DocFlow.Signing.Ports;

namespace DocFlow.Signing.Tests.Workflow;

public sealed class InMemoryAuditStore : IAuditStore
{
    private readonly Dictionary<string, List<AuditEvent>> _trails = [];

    public Task<AuditAppendResult> AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
            return Task.FromResult(AuditAppendResult.Appended);
        var trail = _trails.TryGetValue(events[0].EnvelopeId, out var t) ? t : _trails[events[0].EnvelopeId] = [];
        var last = trail.Count == 0 ? AuditHead.Genesis : new AuditHead(trail[^1].Sequence, trail[^1].Hash);
        if (events[0].Sequence != last.Sequence + 1 || events[0].PreviousHash != last.Hash)
            return Task.FromResult(AuditAppendResult.Conflict);
        trail.AddRange(events);
        return Task.FromResult(AuditAppendResult.Appended);
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(string envelopeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(_trails.TryGetValue(envelopeId, out var t) ? [.. t] : []);
}
