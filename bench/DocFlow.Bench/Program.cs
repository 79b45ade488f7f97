using DocFlow.Bench;
using DocFlow.Templates.Rendering;
using OutputFormat = DocFlow.Templates.Rendering.DocumentFormat;

// Document-set benchmark: our renderer against LibreOffice converting the same DOCX files, in one run.
// Usage: dotnet run -c Release --project bench/DocFlow.Bench [-- --quick | --breakdown]
var quick = args.Contains("--quick");
if (args.Contains("--breakdown"))
{
    foreach (var options in new[] { 20, 200 }) StageBreakdown.Print(SyntheticAgreement.WithOptions(options), runs: 5);
    return;
}
var bench = new DocumentSetBenchmark(new DocumentRenderer());
var sizes = new[] { 5, 20, 200 };
var results = new Dictionary<int, TimeSpan>();
foreach (var size in sizes)
{
    var agreement = SyntheticAgreement.WithOptions(size);
    results[size] = bench.Median(agreement, warmups: quick ? 1 : 3, runs: quick ? 3 : 9);
    Console.WriteLine($"render full set, {size,3} options: {results[size].TotalMilliseconds,9:F1} ms (median)");
}

var work = Directory.CreateTempSubdirectory("docflow-bench-");
var set20 = bench.RenderSet(SyntheticAgreement.WithOptions(20));
var docx = set20.Where(d => d.Format == OutputFormat.Docx)
    .Select(d => { var path = Path.Combine(work.FullName, d.FileName); File.WriteAllBytes(path, d.Content); return path; })
    .ToList();
var peerRuns = Enumerable.Range(0, quick ? 1 : 3)
    .Select(_ => LibreOfficePeer.ConvertAll(docx, Path.Combine(work.FullName, "pdf")))
    .OrderBy(t => t).ToList();
var peer = peerRuns[peerRuns.Count / 2];
work.Delete(recursive: true);

Console.WriteLine($"peer: LibreOffice DOCX→PDF of the 20-option set ({docx.Count} files): {peer.TotalMilliseconds,9:F1} ms (median of {peerRuns.Count})");
Console.WriteLine();
Console.WriteLine("| measure | value | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| LibreOffice conversion ÷ our full set (both formats), 20 options | {peer / results[20]:F1}× | ≥ 50× |");
Console.WriteLine($"| 200-option set ÷ 20-option set | {results[200] / results[20]:F1}× | ≤ 12× |");
Console.WriteLine($"| 20-option set ÷ 5-option set | {results[20] / results[5]:F1}× | — |");
