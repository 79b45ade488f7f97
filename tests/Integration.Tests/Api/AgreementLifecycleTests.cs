using System.Net;
using System.Security.Cryptography;
using DocFlow.Integration.Tests.Support;

namespace DocFlow.Integration.Tests.Api;

[Collection(StorageCollection.Name)]
public sealed class AgreementLifecycleTests(StorageFixture fixture)
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Create_then_get_then_download_both_formats_with_the_listed_hashes()
    {
        using var created = await Json.PostAsync(Client, "/api/agreements", Samples.Text());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var summary = await Json.ReadAsync(created);
        var id = summary.GetProperty("id").GetString()!;
        Assert.Equal($"/api/agreements/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(1, summary.GetProperty("version").GetInt32());
        Assert.Equal("draft", summary.GetProperty("status").GetString());
        Assert.Equal(26, id.Length); // a ULID
        // contract, specification, acceptance × pdf, docx
        Assert.Equal(6, summary.GetProperty("documents").GetArrayLength());

        using var got = await Client.GetAsync($"/api/agreements/{id}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        var view = await Json.ReadAsync(got);
        Assert.Equal("17/2026-ИТ", view.GetProperty("number").GetString());
        Assert.True(view.GetProperty("plan").GetProperty("totals").GetProperty("total").GetDecimal() > 0);
        Assert.Equal(Samples.Node()["stages"]!.AsArray().Count, view.GetProperty("stages").GetArrayLength());

        foreach (var document in view.GetProperty("documents").EnumerateArray())
        {
            using var file = await Client.GetAsync(document.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var magic = document.GetProperty("format").GetString() == "pdf" ? "%PDF"u8.ToArray() : "PK"u8.ToArray();
            Assert.Equal(magic, bytes[..magic.Length]);
        }
    }

    [Fact]
    public async Task Unknown_agreement_and_unknown_document_are_404_problems()
    {
        using var missing = await Client.GetAsync("/api/agreements/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        using var created = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber("404/1"));
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();
        using var noVersion = await Client.GetAsync($"/api/agreements/{id}/documents/contract?format=pdf&version=2");
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        using var badFormat = await Client.GetAsync($"/api/agreements/{id}/documents/contract?format=odt");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task Update_makes_version_2_and_keeps_version_1_downloadable()
    {
        using var created = await Json.PostAsync(Client, "/api/agreements", Samples.WithNumber("U/1"));
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();

        using var updated = await Client.PutAsync($"/api/agreements/{id}", Json.Body(Samples.WithNumber("U/2")));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var summary = await Json.ReadAsync(updated);
        Assert.Equal(2, summary.GetProperty("version").GetInt32());
        Assert.Equal("U/2", summary.GetProperty("number").GetString());

        using var v1 = await Client.GetAsync($"/api/agreements/{id}/documents/contract?format=docx&version=1");
        using var v2 = await Client.GetAsync($"/api/agreements/{id}/documents/contract?format=docx");
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        Assert.NotEqual(await v1.Content.ReadAsByteArrayAsync(), await v2.Content.ReadAsByteArrayAsync());

        using var view = await Client.GetAsync($"/api/agreements/{id}");
        Assert.Equal(12, (await Json.ReadAsync(view)).GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task Create_with_an_existing_id_and_another_body_is_409()
    {
        var id = "fixed-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await Json.PostAsync(Client, "/api/agreements", Samples.WithId(id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(id, (await Json.ReadAsync(first)).GetProperty("id").GetString());
        var other = Samples.Node();
        other["id"] = id;
        other["number"] = "other";
        using var second = await Json.PostAsync(Client, "/api/agreements", other.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }
}
