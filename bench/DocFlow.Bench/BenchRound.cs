namespace DocFlow.Bench;

/// <summary>
/// One round of the document-set bench: our full sets (median of a few renders each) and the peer, measured back to
/// back, so a ratio compares two figures taken under the same load on a shared machine. Each ratio is given by the
/// wall clock and by CPU time.
/// </summary>
public sealed record BenchRound(Timing Set5, Timing Set20, Timing Set200, Timing Peer)
{
    public double PeerRatio => Peer.Wall / Set20.Wall;
    public double PeerCpuRatio => Peer.Cpu / Set20.Cpu;
    public double Growth200 => Set200.Wall / Set20.Wall;
    public double Growth200Cpu => Set200.Cpu / Set20.Cpu;
    public double Growth20 => Set20.Wall / Set5.Wall;

    public string Row(int number) =>
        $"| {number} | {Ms(Set5)} | {Ms(Set20)} | {Ms(Set200)} | {Ms(Peer)} | {PeerRatio:F1}× / {PeerCpuRatio:F1}× | " +
        $"{Growth200:F1}× / {Growth200Cpu:F1}× |";

    private static string Ms(Timing timing) => $"{timing.Wall.TotalMilliseconds:F1} / {timing.Cpu.TotalMilliseconds:F1}";

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
