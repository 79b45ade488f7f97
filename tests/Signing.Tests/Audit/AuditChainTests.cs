using System.Text;
using DocFlow.Signing.Audit;

namespace DocFlow.Signing.Tests.Audit;

public class AuditChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static (IReadOnlyList<AuditEvent> Events, AuditHead Head) Trail(int count) =>
        AuditChain.AppendAll(AuditHead.Genesis, "ENV1", Enumerable.Range(0, count).Select(i =>
            new AuditEntry(AuditEventTypes.Opened, T0.AddMinutes(i), $"s{i}@example.com", "203.0.113.7", "UA/1",
                new Dictionary<string, string> { ["n"] = i.ToString() })));

    [Fact]
    public void Events_are_numbered_and_each_holds_the_previous_hash()
    {
        var (events, head) = Trail(3);
        Assert.Equal([1, 2, 3], events.Select(e => e.Sequence));
        Assert.Equal(new string('0', 64), events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.Equal(new AuditHead(3, events[2].Hash), head);
        Assert.True(AuditChain.Verify(events, head).IsValid);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_documented_canonical_json()
    {
        var e = AuditChain.Append(AuditHead.Genesis, "ENV1", new AuditEntry(
            "opened", T0, "a@b.c", null, null, new Dictionary<string, string> { ["z"] = "1", ["a"] = "2" }));
        var expected = "{\"sequence\":1,\"envelopeId\":\"ENV1\",\"type\":\"opened\",\"at\":\"2026-11-23T09:00:00.0000000Z\","
            + "\"actor\":\"a@b.c\",\"ip\":null,\"userAgent\":null,\"data\":{\"a\":\"2\",\"z\":\"1\"},"
            + "\"previousHash\":\"" + new string('0', 64) + "\"}";
        Assert.Equal(expected, Encoding.UTF8.GetString(AuditCanonicalForm.Of(e)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(expected))), e.Hash);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void Editing_any_event_is_detected_at_that_event(int index)
    {
        var (events, head) = Trail(5);
        var edited = events.ToArray();
        edited[index] = edited[index] with { Ip = "198.51.100.1" };

        var result = AuditChain.Verify(edited, head);
        Assert.False(result.IsValid);
        Assert.Equal(index, result.FirstBrokenIndex);
    }

    [Fact]
    public void Editing_and_rehashing_one_event_breaks_the_link_to_the_next()
    {
        var (events, head) = Trail(3);
        var edited = events.ToArray();
        var changed = edited[1] with { Actor = "mallory@example.com" };
        edited[1] = changed with { Hash = AuditChain.ComputeHash(changed) };

        Assert.Equal(2, AuditChain.Verify(edited, head).FirstBrokenIndex);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Removing_an_event_is_detected(int index)
    {
        var (events, head) = Trail(4);
        var removed = events.Where((_, i) => i != index).ToList();
        Assert.Equal(index, AuditChain.Verify(removed, head).FirstBrokenIndex);
    }

    [Fact]
    public void Removing_the_last_event_is_detected_against_the_envelope_head()
    {
        var (events, head) = Trail(4);
        var truncated = events.Take(3).ToList();
        var result = AuditChain.Verify(truncated, head);
        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstBrokenIndex);
    }

    [Fact]
    public void Reordering_events_is_detected()
    {
        var (events, head) = Trail(3);
        var swapped = new[] { events[0], events[2], events[1] };
        Assert.Equal(1, AuditChain.Verify(swapped, head).FirstBrokenIndex);
    }

    [Fact]
    public void Audit_json_round_trips_and_still_verifies()
    {
        var (events, head) = Trail(3);
        var json = AuditJson.Serialize(events);
        var text = Encoding.UTF8.GetString(json);

        Assert.Contains("\n", text);
        Assert.Contains("\"previousHash\"", text);
        Assert.Equal(json, AuditJson.Serialize(events));
        var back = AuditJson.Deserialize(json);
        Assert.True(AuditChain.Verify(back, head).IsValid);
        Assert.Equal(events.Select(e => e.Hash), back.Select(e => e.Hash));
    }
}
