using DocFlow.Bench;
using DocFlow.Templates.Rendering;
using OutputFormat = DocFlow.Templates.Rendering.DocumentFormat;

// Document-set benchmark: our renderer against LibreOffice converting the same DOCX files, in one run.
// Usage: dotnet run -c Release --project bench/DocFlow.Bench [-- --quick | --rounds N | --breakdown]
var quick = args.Contains("--quick");
if (args.Contains("--breakdown"))
{
    foreach (var options in new[] { 20, 200 }) StageBreakdown.Print(SyntheticAgreement.WithOptions(options), runs: 5);
    return;
}
var roundsIndex = Array.IndexOf(args, "--rounds");
var rounds = roundsIndex >= 0 ? int.Parse(args[roundsIndex + 1]) : quick ? 1 : 5;
var bench = new DocumentSetBenchmark(new DocumentRenderer());
var agreements = new[] { 5, 20, 200 }.ToDictionary(size => size, size => SyntheticAgreement.WithOptions(size));

var work = Directory.CreateTempSubdirectory("docflow-bench-");
var docx = bench.RenderSet(agreements[20]).Where(d => d.Format == OutputFormat.Docx)
    .Select(d => { var path = Path.Combine(work.FullName, d.FileName); File.WriteAllBytes(path, d.Content); return path; })
    .ToList();
// Unmeasured: template compilation, the compressed font parts, LibreOffice's first start (its files into the page
// cache), and JIT tiering: a server renders for hours, so the figures are of tier-1 code, not of the first seconds
// (tiered PGO recompiles in the background for a few seconds; measured too early, a set costs ~30% more CPU).
var warm = System.Diagnostics.Stopwatch.StartNew();
while (warm.Elapsed < TimeSpan.FromSeconds(quick ? 2 : 8)) bench.RenderSet(agreements[20]);
foreach (var agreement in agreements.Values) bench.Median(agreement, warmups: 2, runs: 1);
LibreOfficePeer.ConvertAll(docx, Path.Combine(work.FullName, "pdf"));

Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; peer: LibreOffice DOCX→PDF of the " +
                  $"20-option set ({docx.Count} files, one soffice process); ours: both formats of every document, one thread");
Console.WriteLine();
Console.WriteLine("Each cell: wall / CPU.");
Console.WriteLine();
Console.WriteLine("| round | 5 options ms | 20 options ms | 200 options ms | peer ms | peer ÷ 20-option set | 200 ÷ 20 |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var results = new List<BenchRound>();
for (var round = 1; round <= rounds; round++)
{
    var runs = quick ? 3 : 7;
    var result = new BenchRound(
        bench.Median(agreements[5], warmups: 0, runs),
        bench.Median(agreements[20], warmups: 0, runs),
        bench.Median(agreements[200], warmups: 0, quick ? 1 : 3),
        LibreOfficePeer.ConvertAll(docx, Path.Combine(work.FullName, "pdf")));
    results.Add(result);
    Console.WriteLine(result.Row(round));
}
work.Delete(recursive: true);

Console.WriteLine();
Console.WriteLine($"| measure (median of {rounds} rounds) | value | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| LibreOffice conversion ÷ our full set (both formats), 20 options, wall | {BenchRound.Median(results.Select(r => r.PeerRatio)):F1}× | ≥ 50× |");
Console.WriteLine($"| the same by CPU time | {BenchRound.Median(results.Select(r => r.PeerCpuRatio)):F1}× | ≥ 50× |");
Console.WriteLine($"| 200-option set ÷ 20-option set, wall | {BenchRound.Median(results.Select(r => r.Growth200)):F1}× | ≤ 12× |");
Console.WriteLine($"| the same by CPU time | {BenchRound.Median(results.Select(r => r.Growth200Cpu)):F1}× | ≤ 12× |");
Console.WriteLine($"| 20-option set ÷ 5-option set | {BenchRound.Median(results.Select(r => r.Growth20)):F1}× | — |");
