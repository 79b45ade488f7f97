using DocFlow.Signing.Ids;
using Microsoft.Extensions.Time.Testing;

namespace DocFlow.Signing.Tests.Ids;

public class IdGeneratorTests
{
    [Fact]
    public void Ids_are_26_crockford_characters_and_sort_by_creation_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var ids = new IdGenerator(time);
        var first = ids.NewId();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = ids.NewId();

        Assert.Equal(26, first.Length);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", first);
        Assert.True(string.CompareOrdinal(first, second) < 0);
    }

    [Fact]
    public void The_first_ten_characters_encode_unix_milliseconds()
    {
        // 1 ms after the epoch: 48-bit time 1 → ten characters "0000000001".
        var ids = new IdGenerator(new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddMilliseconds(1)));
        Assert.StartsWith("0000000001", ids.NewId());
    }

    [Fact]
    public void Ids_at_the_same_instant_differ()
    {
        var ids = new IdGenerator(new FakeTimeProvider());
        var set = Enumerable.Range(0, 1000).Select(_ => ids.NewId()).ToHashSet();
        Assert.Equal(1000, set.Count);
    }
}
