using System.Net;
using DocFlow.Integration.Tests.Support;

namespace DocFlow.Integration.Tests.Api;

[Collection(StorageCollection.Name)]
public sealed class IdempotencyTests(StorageFixture fixture)
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Same_key_and_body_give_the_same_answer_and_one_agreement()
    {
        var key = Guid.NewGuid().ToString();
        var body = Samples.WithNumber("I/1");
        using var first = await Json.PostAsync(Client, "/api/agreements", body, key);
        using var second = await Json.PostAsync(Client, "/api/agreements", body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Same_key_with_another_body_is_409()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber("I/2"), key);
        using var second = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber("I/3"), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_same_key_under_another_api_key_is_another_request()
    {
        // Keys are scoped per caller: two integrations choosing the same key must not see each other's answers.
        var key = "shared-" + Guid.NewGuid();
        using var mine = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber("I/4"), key);
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.NotNull(mine.Headers.Location);
    }

    [Fact]
    public async Task Concurrent_duplicates_with_one_key_make_one_agreement()
    {
        var key = Guid.NewGuid().ToString();
        var body = Samples.WithNumber("I/5");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await Json.PostAsync(Client, "/api/agreements", body, key);
            return (response.StatusCode, Id: response.StatusCode == HttpStatusCode.Created
                ? (await Json.ReadAsync(response)).GetProperty("id").GetString()
                : null);
        }));
        var ids = answers.Where(answer => answer.Id is not null).Select(answer => answer.Id).Distinct().ToArray();
        Assert.Single(ids);
        // A duplicate racing the first may be told to retry (409 while in progress) but never gets another agreement.
        Assert.All(answers, answer => Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Concurrent_creates_of_different_agreements_all_succeed_with_distinct_ids()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async index =>
        {
            using var response = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber($"C/{index}"), Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await Json.ReadAsync(response)).GetProperty("id").GetString();
        }));
        Assert.Equal(8, answers.Distinct().Count());
    }
}
