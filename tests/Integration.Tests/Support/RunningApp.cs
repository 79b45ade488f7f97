using System.Net.Http.Headers;
using DocFlow.Functions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DocFlow.Integration.Tests.Support;

/// <summary>The real DocFlow app on Kestrel (loopback, a free port) against the given storage, with its own outbox.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789";

    private readonly WebApplication app;

    public HttpClient Client { get; }
    public string OutboxDirectory { get; }
    public Uri BaseAddress { get; }
    public IServiceProvider Services => app.Services;

    private RunningApp(WebApplication app, string outbox)
    {
        this.app = app;
        OutboxDirectory = outbox;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = NewClient(ApiKey);
    }

    public static async Task<RunningApp> StartAsync(string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var outbox = Directory.CreateTempSubdirectory("docflow-outbox-").FullName;
        var overrides = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["AzureWebJobsStorage"] = connectionString,
            ["DOCFLOW_API_KEY"] = ApiKey,
            ["DOCFLOW_OUTBOX"] = outbox,
            ["DOCFLOW_PUBLIC_URL"] = "http://docflow.test",
            ["DOCFLOW_LOCAL_TRIGGERS"] = "false",
            ["DOCFLOW_OUTBOX_POLL_MS"] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var app = DocFlowApp.Build([], overrides, services);
        await app.StartAsync();
        return new RunningApp(app, outbox);
    }

    public HttpClient NewClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        if (apiKey is not null) client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try { Directory.Delete(OutboxDirectory, recursive: true); } catch (IOException) { }
    }
}
