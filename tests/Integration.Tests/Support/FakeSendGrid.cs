using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocFlow.Integration.Tests.Support;

/// <summary>
/// SendGrid's POST /v3/mail/send on loopback: records every request and answers with the next scripted status
/// (then 202 Accepted once the script is used up).
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> script = new();

    public ConcurrentQueue<JsonElement> Requests { get; } = new();
    public ConcurrentQueue<int> Answers { get; } = new();
    public ConcurrentQueue<string?> Authorizations { get; } = new();
    public string Url { get; }

    private FakeSendGrid(WebApplication app)
    {
        this.app = app;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public static async Task<FakeSendGrid> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        FakeSendGrid? fake = null;
        app.MapPost("/v3/mail/send", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            fake!.Requests.Enqueue(body.RootElement.Clone());
            fake.Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            var status = fake.script.TryDequeue(out var scripted) ? scripted : 202;
            fake.Answers.Enqueue(status);
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        fake = new FakeSendGrid(app);
        return fake;
    }

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) script.Enqueue(status);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
