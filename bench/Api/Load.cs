using System.Diagnostics;

namespace DocFlow.Bench.Api;

/// <summary>Runs N calls at a fixed concurrency and reports throughput and latency percentiles.</summary>
public sealed record Load(int Requests, TimeSpan Elapsed, double[] LatenciesMs)
{
    public static async Task<Load> RunAsync(int requests, int concurrency, Func<int, Task> call)
    {
        var latencies = new double[requests];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests)
            {
                var one = Stopwatch.StartNew();
                await call(index);
                latencies[index] = one.Elapsed.TotalMilliseconds;
            }
        }));
        Array.Sort(latencies);
        return new Load(requests, clock.Elapsed, latencies);
    }

    public double Throughput => Requests / Elapsed.TotalSeconds;

    public string Row(string name, int concurrency) =>
        $"| {name} | {concurrency} | {Requests} | {Throughput:F1} | {Percentile(0.50):F0} | {Percentile(0.99):F0} |";

    private double Percentile(double p) => LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p * LatenciesMs.Length) - 1)];
}
