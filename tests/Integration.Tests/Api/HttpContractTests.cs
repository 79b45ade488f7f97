using System.Net;
using System.Text;
using DocFlow.Integration.Tests.Support;

namespace DocFlow.Integration.Tests.Api;

[Collection(StorageCollection.Name)]
public sealed class HttpContractTests(StorageFixture fixture)
{
    private RunningApp App => fixture.App;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_a_valid_api_key_the_answer_is_401_and_nothing_is_read(string? key)
    {
        using var client = App.NewClient(key);
        using var response = await Json.PostAsync(client, "/api/agreements", Samples.Text());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var get = await client.GetAsync("/api/schema/agreement");
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        var body = Encoding.UTF8.GetBytes("{" + new string(' ', 1024 * 1024) + "}");
        var (status, head) = await RawHttp.PostAsync(App.BaseAddress, "/api/agreements", Headers, body);
        Assert.Equal(413, status);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_chunked_body_over_one_mebibyte_is_413_too()
    {
        var bytes = Encoding.UTF8.GetBytes("{" + new string(' ', 1024 * 1024 + 10) + "}");
        var (status, _) = await RawHttp.PostAsync(App.BaseAddress, "/api/agreements", Headers, bytes, chunked: true);
        Assert.Equal(413, status);
    }

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["x-api-key"] = RunningApp.ApiKey, ["Content-Type"] = "application/json",
    };

    [Fact]
    public async Task An_invalid_agreement_is_422_naming_every_path()
    {
        var node = Samples.Node();
        node.Remove("number");
        node["options"]![0]!["hours"] = -5;
        node["currency"] = 12;
        using var response = await Json.PostAsync(App.Client, "/api/agreements", node.ToJsonString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await Json.ReadAsync(response);
        var paths = problem.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("path").GetString()).ToArray();
        Assert.Contains(paths, path => path!.StartsWith("/options/0/hours"));
        Assert.Contains(paths, path => path!.StartsWith("/currency"));
        Assert.Contains(paths, path => path == "/number" || path == "" || path == "/");
        Assert.All(problem.GetProperty("errors").EnumerateArray(),
            error => Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task Every_response_carries_a_request_id_and_echoes_a_sane_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Request-Id", "abc-123");
        using var echoed = await App.Client.SendAsync(request);
        Assert.Equal("abc-123", echoed.Headers.GetValues("X-Request-Id").Single());

        using var fresh = await App.NewClient(null).GetAsync("/api/agreements/x");
        Assert.Equal(HttpStatusCode.Unauthorized, fresh.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", fresh.Headers.GetValues("X-Request-Id").Single());
        var problem = await Json.ReadAsync(fresh);
        Assert.Equal(fresh.Headers.GetValues("X-Request-Id").Single(), problem.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Health_is_open_and_reports_storage()
    {
        using var response = await App.NewClient(null).GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await Json.ReadAsync(response)).GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Schema_and_openapi_are_served()
    {
        using var schema = await App.Client.GetAsync("/api/schema/agreement");
        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        Assert.Contains("2020-12", await schema.Content.ReadAsStringAsync());

        using var openApi = await App.NewClient(null).GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var paths = (await Json.ReadAsync(openApi)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/agreements", out _));
        Assert.True(paths.TryGetProperty("/api/agreements/{id}/documents/{kind}", out _));
        Assert.False(paths.TryGetProperty("/GenerateAct", out _));
    }

    [Fact]
    public async Task Preview_renders_one_document_without_storing()
    {
        using var response = await Json.PostAsync(App.Client, "/api/preview?kind=specification&format=pdf", Samples.Text());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);

        using var unknown = await Json.PostAsync(App.Client, "/api/preview?kind=act-nope", Samples.Text());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Queue_trigger_payload_from_the_host_is_answered_in_the_host_shape()
    {
        var payload = """{"Data":{"message":"{\"agreementId\":\"a1\",\"stageId\":\"s1\"}"},"Metadata":{"DequeueCount":1}}""";
        using var response = await Json.PostAsync(App.NewClient(null), "/GenerateAct", payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        Assert.True(answer.TryGetProperty("Outputs", out _));
        Assert.Contains("a1", answer.GetProperty("Logs")[0].GetString());

        using var bad = await Json.PostAsync(App.NewClient(null), "/GenerateAct", """{"Data":{},"Metadata":{}}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
