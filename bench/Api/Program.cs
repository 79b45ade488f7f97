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

// Usage: dotnet run -c Release --project bench/Api -- [requestsPerLevel]
var root = BenchAzurite.FindRoot();
var perLevel = args.Length > 0 ? int.Parse(args[0]) : 32;
await using var azurite = await BenchAzurite.StartAsync(root);
var started = Stopwatch.StartNew();
var app = DocFlowApp.Build([], new Dictionary<string, string?>
{
    ["urls"] = "http://127.0.0.1:0", ["AzureWebJobsStorage"] = azurite.ConnectionString, ["DOCFLOW_API_KEY"] = "bench",
    ["DOCFLOW_OUTBOX"] = Path.Combine(Path.GetTempPath(), "docflow-bench-outbox"), ["Logging:LogLevel:Default"] = "Warning",
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
client.DefaultRequestHeaders.Add("x-api-key", "bench");
var body = TwentyOptions(File.ReadAllText(Path.Combine(root, "samples", "ru-prepayment.json")));
using (var first = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json")))
{
    first.EnsureSuccessStatusCode();
    Console.WriteLine($"app start to first 201 (in-process, after Azurite is up): {started.ElapsedMilliseconds} ms");
    var summary = await first.Content.ReadFromJsonAsync<JsonElement>();
    var files = new List<byte[]> { Encoding.UTF8.GetBytes(body) };
    foreach (var document in summary.GetProperty("documents").EnumerateArray())
        files.Add(await client.GetByteArrayAsync(document.GetProperty("url").GetString()));
    var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("bench");
    await container.CreateIfNotExistsAsync();

    Console.WriteLine("| run | concurrency | requests | req/s | p50 ms | p99 ms |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var concurrency in new[] { 1, 8, 32 })
    {
        var api = await Load.RunAsync(perLevel, concurrency, async _ =>
        {
            using var response = await client.PostAsync("/api/agreements", new StringContent(body, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
        });
        var storage = await Load.RunAsync(perLevel, concurrency, async index =>
            await Task.WhenAll(files.Select((bytes, file) =>
                container.GetBlobClient($"{index}-{Guid.NewGuid():N}/{file}").UploadAsync(BinaryData.FromBytes(bytes)))));
        Console.WriteLine(api.Row("POST /api/agreements", concurrency));
        Console.WriteLine(storage.Row("storage only (same bytes)", concurrency));
    }
}
Console.WriteLine($"peak RSS of the app process: {BenchAzurite.PeakRssMegabytes()} MB");
await app.StopAsync();

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
