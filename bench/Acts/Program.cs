using System.Diagnostics;
using DocFlow.Bench.Acts;
using DocFlow.Bench.Api;
using DocFlow.Functions;
using DocFlow.Functions.Acts;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

// Usage: dotnet run -c Release --project bench/Acts -- [dueStages] [rounds]
// One ScheduleActs fan-out (ActScheduler.EnqueueDueAsync) over due stages seeded into a fresh Azurite, beside the
// same messages sent straight to the queue; then the local queue listener's bound on concurrent act work.
const int StagesPerAgreement = 4;
var stages = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var root = BenchAzurite.FindRoot();
await using var azurite = await BenchAzurite.StartAsync(root);
var work = Directory.CreateTempSubdirectory("docflow-bench-acts-");
var app = DocFlowApp.Build([], new Dictionary<string, string?>
{
    ["AzureWebJobsStorage"] = azurite.ConnectionString, ["DOCFLOW_LOCAL_TRIGGERS"] = "false", ["DOCFLOW_API_KEY"] = "bench",
    ["DOCFLOW_DATA_DIR"] = work.FullName, ["Logging:LogLevel:Default"] = "Warning",
});
var services = app.Services;
await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(CancellationToken.None);
var clients = services.GetRequiredService<StorageClients>();
var queue = clients.Queue(StorageNames.ActRequestsQueue);
var settings = services.GetRequiredService<ActSettings>();
var scheduler = services.GetRequiredService<ActScheduler>();

var now = DateTimeOffset.UtcNow;
var seeding = Stopwatch.StartNew();
await ActSeeder.SeedAsync(clients.Table(StorageNames.ActsTable), stages / StagesPerAgreement, StagesPerAgreement,
    DateOnly.FromDateTime(now.UtcDateTime).AddDays(-3));
var messages = Enumerable.Range(1, stages / StagesPerAgreement)
    .SelectMany(a => Enumerable.Range(1, StagesPerAgreement).Select(s => ActQueue.Serialize(new ActRequest($"bench-{a:D5}", $"s{s:D3}"))))
    .ToList();
Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; seeded {messages.Count} due stages " +
                  $"({messages.Count / StagesPerAgreement} agreements × {StagesPerAgreement}) in {seeding.Elapsed.TotalSeconds:F1} s; " +
                  $"EnqueueParallelism {settings.EnqueueParallelism}, message {messages[0].Length} characters");
Console.WriteLine();
Console.WriteLine("| round | ScheduleActs fan-out s | messages queued | peer: same messages sent directly s | messages queued | fan-out ÷ peer |");
Console.WriteLine("|---|---|---|---|---|---|");
var results = new List<(double Scheduler, double Peer)>();
for (var round = 1; round <= rounds; round++)
{
    await queue.ClearMessagesAsync();
    var watch = Stopwatch.StartNew();
    var enqueued = await scheduler.EnqueueDueAsync(now, CancellationToken.None);
    var schedulerTime = watch.Elapsed;
    var queued = await CountAsync();
    if (enqueued != messages.Count || queued != messages.Count)
        throw new InvalidOperationException($"The run enqueued {enqueued} and the queue holds {queued}; expected {messages.Count}.");

    await queue.ClearMessagesAsync();
    var peerTime = await QueuePeer.SendAsync(queue, messages, settings.EnqueueParallelism);
    var peerQueued = await CountAsync();
    results.Add((schedulerTime.TotalSeconds, peerTime.TotalSeconds));
    Console.WriteLine($"| {round} | {schedulerTime.TotalSeconds:F2} | {queued} | {peerTime.TotalSeconds:F2} | {peerQueued} | " +
                      $"{schedulerTime / peerTime:F2}× |");
}

var bound = await WorkerBound.MeasureAsync(clients, settings, messages.Take(200).ToList());
work.Delete(recursive: true);

Console.WriteLine();
Console.WriteLine($"| measure (median of {rounds} rounds) | value | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| ScheduleActs fan-out over {messages.Count} due stages | {Median(results.Select(r => r.Scheduler)):F2} s | < 30 s |");
Console.WriteLine($"| the same ÷ sending the messages straight to the queue | {Median(results.Select(r => r.Scheduler / r.Peer)):F2}× | — |");
Console.WriteLine($"| act requests handled at once by LocalActQueueListener ({bound.Handled} requests, {WorkerBound.Hold.TotalMilliseconds:F0} ms each) | " +
                  $"at most {bound.MaxRunning} (ActSettings.Workers = {settings.Workers}) | ≤ Workers |");

async Task<int> CountAsync() => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
