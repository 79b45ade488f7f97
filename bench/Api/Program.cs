using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using DocFlow.Bench.Api;
using DocFlow.Functions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project bench/Api -- [requestsPerLevel (96)] [rounds (3)]
// Throughput: the app on Kestrel in this process; start-up and RSS: the built app as a process of its own.
var root = BenchAzurite.FindRoot();
// 96 by default: at concurrency 32, 32 requests are a single wave, which times the slowest request, not a rate.
var perLevel = args.Length > 0 ? int.Parse(args[0]) : 96;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
await using var azurite = await BenchAzurite.StartAsync(root);
var body = TwentyOptions(File.ReadAllText(Path.Combine(root, "samples", "ru-prepayment.json")));

var starts = new List<StartResult>();
for (var i = 0; i < 3; i++) starts.Add(await SeparateProcessStart.MeasureAsync(SeparateProcessStart.FindAppDll(root), azurite.ConnectionString, body, 16));

var started = Stopwatch.StartNew();
var app = DocFlowApp.Build([], new Dictionary<string, string?>
{
    ["urls"] = "http://127.0.0.1:0", ["AzureWebJobsStorage"] = azurite.ConnectionString, ["DOCFLOW_API_KEY"] = "bench", ["DOCFLOW_MAX_PARALLEL_RENDERS"] = Environment.GetEnvironmentVariable("DOCFLOW_MAX_PARALLEL_RENDERS"),
    ["DOCFLOW_OUTBOX"] = Path.Combine(Path.GetTempPath(), "docflow-bench-outbox"), ["Logging:LogLevel:Default"] = "Warning",
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
client.DefaultRequestHeaders.Add("x-api-key", "bench");
using var first = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json"));
first.EnsureSuccessStatusCode();
var inProcessStart = started.Elapsed;
var summary = await first.Content.ReadFromJsonAsync<JsonElement>();
var files = new List<byte[]> { Encoding.UTF8.GetBytes(body) };
foreach (var document in summary.GetProperty("documents").EnumerateArray())
    files.Add(await client.GetByteArrayAsync(document.GetProperty("url").GetString()));
var blobService = new BlobServiceClient(azurite.ConnectionString);
var container = blobService.GetBlobContainerClient("bench");
await container.CreateIfNotExistsAsync();
var documents = blobService.GetBlobContainerClient(DocFlow.Functions.Storage.StorageNames.DocumentsContainer);

// Unmeasured: JIT tiering settles over the first seconds of load (a running app is past it), and both paths warm up.
var warm = Stopwatch.StartNew();
while (warm.Elapsed < TimeSpan.FromSeconds(10))
{
    await Load.RunAsync(4, 2, async _ =>
    {
        using var response = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    });
}
await Load.RunAsync(16, 8, async index => await Task.WhenAll(files.Select((bytes, file) =>
    container.GetBlobClient($"warm-{index}-{Guid.NewGuid():N}/{file}").UploadAsync(BinaryData.FromBytes(bytes)))));

Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {perLevel} requests per level, {rounds} rounds; " +
                  $"{files.Count} files per agreement ({files.Sum(f => f.Length) / 1024} KB)");
Console.WriteLine();
Console.WriteLine("| round | run | concurrency | requests | req/s | p50 ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var ratios = new Dictionary<int, List<double>>();
foreach (var round in Enumerable.Range(1, rounds))
{
    foreach (var concurrency in new[] { 1, 8, 32 })
    {
        // The API and its peer back to back, so both see the same load from the rest of the machine.
        // Each run starts on empty containers (StorageReset), so Azurite's state is the same for both.
        await StorageReset.ClearAsync(documents);
        var api = await Load.RunAsync(perLevel, concurrency, async _ =>
        {
            using var response = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
        });
        await StorageReset.ClearAsync(documents);
        await StorageReset.ClearAsync(container);
        var storage = await Load.RunAsync(perLevel, concurrency, async index =>
            await Task.WhenAll(files.Select((bytes, file) =>
                container.GetBlobClient($"{round}-{index}-{Guid.NewGuid():N}/{file}").UploadAsync(BinaryData.FromBytes(bytes)))));
        await StorageReset.ClearAsync(container);
        Console.WriteLine($"| {round} {api.Row("POST /api/agreements", concurrency)}");
        Console.WriteLine($"| {round} {storage.Row("storage only (same bytes)", concurrency)}");
        (ratios.TryGetValue(concurrency, out var list) ? list : ratios[concurrency] = []).Add(api.Throughput / storage.Throughput);
    }
}
var inProcessRss = BenchAzurite.PeakRssMegabytes();
await app.StopAsync();

Console.WriteLine();
Console.WriteLine($"| measure (median of {rounds} rounds; starts: median of {starts.Count}) | value | target |");
Console.WriteLine("|---|---|---|");
foreach (var (concurrency, list) in ratios)
    Console.WriteLine($"| POST throughput ÷ storage-only throughput, concurrency {concurrency} | {Median(list) * 100:F0} % | ≥ 50 % |");
Console.WriteLine($"| process start to first 201 (separate process, Azurite up) | {Median(starts.Select(s => s.FirstCreated.TotalMilliseconds)):F0} ms | < 2000 ms |");
Console.WriteLine($"| the same process start to first 200 on /api/health (reference: no rendering) | {Median(starts.Select(s => s.FirstHealth.TotalMilliseconds)):F0} ms | — |");
Console.WriteLine($"| peak RSS of the separate app process after 16 creates at concurrency 8 | {Median(starts.Select(s => (double)s.PeakRssMegabytes)):F0} MB | < 400 MB |");
Console.WriteLine($"| peak RSS of this process (app + load generator + peer, workstation GC) | {inProcessRss} MB | — |");
Console.WriteLine($"| app build to first 201, in this process | {inProcessStart.TotalMilliseconds:F0} ms | — |");

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string TwentyOptions(string sample)
{
    var node = JsonNode.Parse(sample)!.AsObject();
    var options = node["options"]!.AsArray();
    var template = options.Select(option => option!.ToJsonString()).ToArray();
    options.Clear();
    for (var i = 0; i < 20; i++)
    {
        var option = JsonNode.Parse(template[i % template.Length])!.AsObject();
        option["id"] = $"opt-{i + 1}";
        option["title"] = $"{option["title"]} ({i + 1})";
        options.Add(option);
    }
    return node.ToJsonString();
}
