using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using DocFlow.Functions.Processing;
using DocFlow.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocFlow.Integration.Tests.Faults;

/// <summary>Storage goes away mid-request: 503 with Retry-After, nothing half-visible, and the retry completes once.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private RunningApp app = null!;
    private FaultInjectingEngine engine = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartNewAsync();
        engine = new FaultInjectingEngine(new AgreementEngine());
        app = await RunningApp.StartAsync(azurite.ConnectionString, null,
            services => services.AddSingleton<IAgreementEngine>(engine));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Storage_down_before_the_request_is_a_fast_503_with_retry_after()
    {
        await azurite.StopAsync();
        var clock = Stopwatch.StartNew();
        using var response = await Json.PostAsync(app.Client, "/api/agreements", Samples.Text(), "k-down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"503 took {clock.Elapsed}");

        using var health = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("unavailable", (await Json.ReadAsync(health)).GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Storage_dying_mid_create_leaves_nothing_visible_and_the_same_key_then_completes_exactly_once()
    {
        engine.Arm(() => azurite.StopAsync());
        var body = Samples.WithNumber("F/1");
        using var failed = await Json.PostAsync(app.Client, "/api/agreements", body, "k-mid");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);

        await azurite.StartAsync();
        Assert.Empty(await AgreementRowsAsync()); // blobs may exist, but no agreement is visible

        using var retried = await Json.PostAsync(app.Client, "/api/agreements", body, "k-mid");
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var id = (await Json.ReadAsync(retried)).GetProperty("id").GetString();
        using var again = await Json.PostAsync(app.Client, "/api/agreements", body, "k-mid");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(id, (await Json.ReadAsync(again)).GetProperty("id").GetString());

        var rows = await AgreementRowsAsync();
        Assert.Equal([id], rows);
        using var download = await app.Client.GetAsync($"/api/agreements/{id}/documents/contract?format=pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    private async Task<string[]> AgreementRowsAsync()
    {
        var table = new TableClient(azurite.ConnectionString, "agreements");
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>()) rows.Add(row.PartitionKey);
        return rows.ToArray();
    }
}
