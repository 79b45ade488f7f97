using System.Security.Cryptography;

namespace DocFlow.Signing.Audit;

/// <summary>Numbers, chains and checks audit events.</summary>
public static class AuditChain
{
    /// <summary>The event that follows <paramref name="head"/>: next sequence, its previous hash, its own hash.</summary>
    public static AuditEvent Append(AuditHead head, string envelopeId, AuditEntry entry)
    {
        var unhashed = new AuditEvent
        {
            Sequence = head.Sequence + 1,
            EnvelopeId = envelopeId,
            Type = entry.Type,
            At = entry.At.ToUniversalTime(),
            Actor = entry.Actor,
            Ip = entry.Ip,
            UserAgent = entry.UserAgent,
            Data = new SortedDictionary<string, string>(
                entry.Data?.ToDictionary() ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            PreviousHash = head.Hash,
            Hash = "",
        };
        return unhashed with { Hash = ComputeHash(unhashed) };
    }

    /// <summary>Appends <paramref name="entries"/> in order; returns the events and the new head.</summary>
    public static (IReadOnlyList<AuditEvent> Events, AuditHead Head) AppendAll(
        AuditHead head, string envelopeId, IEnumerable<AuditEntry> entries)
    {
        var events = new List<AuditEvent>();
        foreach (var entry in entries)
        {
            var e = Append(head, envelopeId, entry);
            events.Add(e);
            head = new AuditHead(e.Sequence, e.Hash);
        }
        return (events, head);
    }

    /// <summary>Lowercase hex SHA-256 of the event's canonical form (its own <see cref="AuditEvent.Hash"/> excluded).</summary>
    public static string ComputeHash(AuditEvent e) => Convert.ToHexStringLower(SHA256.HashData(AuditCanonicalForm.Of(e)));

    /// <summary>
    /// Checks that the events are numbered 1..n, each holds the hash of the one before and its own correct hash, and all
    /// belong to one envelope. With <paramref name="expectedHead"/> (from the envelope record) removing the last events
    /// is detected too; index n then means "events are missing at the end".
    /// </summary>
    public static ChainVerification Verify(IReadOnlyList<AuditEvent> events, AuditHead? expectedHead = null)
    {
        var previous = AuditHead.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var problem = ProblemWith(events[i], previous, events[0].EnvelopeId);
            if (problem is not null)
                return ChainVerification.BrokenAt(i, problem);
            previous = new AuditHead(events[i].Sequence, events[i].Hash);
        }
        if (expectedHead is not null && previous != expectedHead)
            return ChainVerification.BrokenAt(events.Count, $"trail ends at {previous.Sequence}, envelope records {expectedHead.Sequence}");
        return ChainVerification.Valid;
    }

    private static string? ProblemWith(AuditEvent e, AuditHead previous, string envelopeId)
    {
        if (e.Sequence != previous.Sequence + 1)
            return $"sequence {e.Sequence} follows {previous.Sequence}";
        if (e.EnvelopeId != envelopeId)
            return $"event belongs to envelope {e.EnvelopeId}";
        if (e.PreviousHash != previous.Hash)
            return "previous hash does not match the event before";
        if (e.Hash != ComputeHash(e))
            return "hash does not match the event's content";
        return null;
    }
}
