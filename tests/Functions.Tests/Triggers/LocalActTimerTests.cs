using DocFlow.Functions.Acts;
using DocFlow.Functions.Triggers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DocFlow.Functions.Tests.Triggers;

/// <summary>Without a Functions host the app runs ScheduleActs as "0 0 6 * * *" would: each day at 06:00 in its zone.</summary>
public sealed class LocalActTimerTests
{
    private static readonly TimeZoneInfo Moscow = Zones.Find("Europe/Moscow");
    private static readonly TimeZoneInfo Berlin = Zones.Find("Europe/Berlin");

    [Theory]
    [InlineData("2026-04-15T02:59:59+00:00", "2026-04-15T03:00:00+00:00")] // 05:59:59 in Moscow: today's run is next
    [InlineData("2026-04-15T03:00:00+00:00", "2026-04-16T03:00:00+00:00")] // exactly 06:00: strictly after, so tomorrow
    [InlineData("2026-04-15T20:00:00+00:00", "2026-04-16T03:00:00+00:00")] // 23:00 in Moscow
    public void The_next_run_is_the_next_six_in_the_morning(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), LocalActTimer.NextRun(DateTimeOffset.Parse(now), Moscow));

    [Fact]
    public void Across_a_daylight_saving_change_it_stays_at_six_local_time()
    {
        // Berlin moves to summer time on 29 March 2026: 06:00 is 05:00 UTC before and 04:00 UTC after.
        Assert.Equal(DateTimeOffset.Parse("2026-03-28T05:00:00+00:00"),
            LocalActTimer.NextRun(DateTimeOffset.Parse("2026-03-28T00:00:00+00:00"), Berlin));
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T04:00:00+00:00"),
            LocalActTimer.NextRun(DateTimeOffset.Parse("2026-03-28T06:00:00+00:00"), Berlin));
    }

    private sealed class RecordingWork : IActWork
    {
        public List<DateTimeOffset> Runs { get; } = [];
        public Task<IReadOnlyList<string>> ScheduleAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            lock (Runs) Runs.Add(now);
            return Task.FromResult<IReadOnlyList<string>>([]);
        }
        public Task<IReadOnlyList<string>> GenerateAsync(ActRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    [Fact]
    public async Task The_running_timer_fires_once_at_six_and_again_the_next_day()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-04-15T02:00:00+00:00")); // 05:00 in Moscow
        var work = new RecordingWork();
        using var timer = new LocalActTimer(work, new ActSettings { TimerTimeZone = Moscow }, clock, NullLogger<LocalActTimer>.Instance);
        await timer.StartAsync(default);

        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(100);
        Assert.Empty(work.Runs);
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => work.Runs.Count == 1);
        // In two steps, so the result does not depend on when the timer re-arms after its first run.
        clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        await Task.Delay(100);
        Assert.Single(work.Runs);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => work.Runs.Count == 2);
        await timer.StopAsync(default);

        Assert.Equal([DateTimeOffset.Parse("2026-04-15T03:00:00+00:00"), DateTimeOffset.Parse("2026-04-16T03:00:00+00:00")], work.Runs);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
