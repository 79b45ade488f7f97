namespace DocFlow.Bench;

/// <summary>How long a piece of work took by the wall clock, and how much CPU it used (see <see cref="CpuClock"/>).</summary>
public readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>Wall and CPU medians, each taken on its own.</summary>
    public static Timing Median(IReadOnlyCollection<Timing> timings) =>
        new(TimeSpan.FromTicks((long)BenchRound.Median(timings.Select(t => (double)t.Wall.Ticks))),
            TimeSpan.FromTicks((long)BenchRound.Median(timings.Select(t => (double)t.Cpu.Ticks))));
}
