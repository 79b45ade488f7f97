namespace DocFlow.Bench;

/// <summary>The calling thread's CPU time in laps: each <see cref="Lap"/> returns the milliseconds since the last.</summary>
public sealed class StageClock
{
    private TimeSpan _last = CpuClock.Thread();

    public double Lap()
    {
        var now = CpuClock.Thread();
        var elapsed = (now - _last).TotalMilliseconds;
        _last = now;
        return elapsed;
    }
}
