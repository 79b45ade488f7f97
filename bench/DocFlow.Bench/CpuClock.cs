using System.Runtime.InteropServices;

namespace DocFlow.Bench;

/// <summary>
/// CPU time, beside wall time: on a 2-core machine shared with other builds, wall time mostly measures the
/// neighbours, while the CPU a piece of work used barely moves with the load. Linux only (clock_gettime, getrusage).
/// </summary>
public static class CpuClock
{
    private const int ProcessClock = 2; // CLOCK_PROCESS_CPUTIME_ID: every thread, so GC and JIT threads count too
    private const int ThreadClock = 3; // CLOCK_THREAD_CPUTIME_ID
    private const int Children = -1;   // RUSAGE_CHILDREN: every descendant that has been waited for

    /// <summary>CPU used so far by this process, all threads.</summary>
    public static TimeSpan Process() => Read(ProcessClock);

    /// <summary>CPU used so far by the calling thread.</summary>
    public static TimeSpan Thread() => Read(ThreadClock);

    private static TimeSpan Read(int clock)
    {
        if (ClockGetTime(clock, out var now) != 0) throw new InvalidOperationException("clock_gettime failed");
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    /// <summary>CPU used so far by this process's finished child processes (user + system), e.g. soffice.</summary>
    public static TimeSpan FinishedChildren()
    {
        if (GetRusage(Children, out var usage) != 0) throw new InvalidOperationException("getrusage failed");
        return ToTimeSpan(usage.UserTime) + ToTimeSpan(usage.SystemTime);
    }

    private static TimeSpan ToTimeSpan(TimeValue value) =>
        TimeSpan.FromTicks(value.Seconds * TimeSpan.TicksPerSecond + value.Microseconds * 10);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out ResourceUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue { public long Seconds; public long Microseconds; }

    // struct rusage on 64-bit Linux: two timevals, then 14 longs this bench does not read (144 bytes in all).
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage { public TimeValue UserTime; public TimeValue SystemTime; }
}
