using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocFlow.Integration.Tests.Support;

namespace DocFlow.Integration.Tests.Api;

[Collection(StorageCollection.Name)]
public sealed class SendTests(StorageFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Send_makes_two_envelopes_and_mails_the_first_signers_links_to_the_outbox()
    {
        var number = "S/" + Guid.NewGuid().ToString("N")[..6];
        using var created = await Json.PostAsync(App.Client, "/api/agreements", Samples.WithNumber(number));
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString()!;

        using var sent = await App.Client.PostAsync($"/api/agreements/{id}/send", null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var result = await Json.ReadAsync(sent);
        Assert.Equal("sent", result.GetProperty("status").GetString());
        var kinds = result.GetProperty("envelopes").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToArray();
        Assert.Equal(["contract", "appendices"], kinds);
        var appendices = result.GetProperty("envelopes")[1].GetProperty("documents");
        Assert.True(appendices.TryGetProperty("specification", out _));
        Assert.True(appendices.TryGetProperty("acceptance", out _));

        // Sequential signing: only order 1 (the contractor's director and the client's approver) is invited now,
        // once per envelope.
        string[] Mails() => Directory.GetFiles(App.OutboxDirectory, "*.eml")
            .Where(file => Decoded(file).Contains(number))
            .ToArray();
        await Eventually.HoldsAsync(() => Mails().Length == 4, "four invitations in the outbox");
        var recipients = Mails().Select(file => Regex.Match(ReadEml(file), "^To: .*<([^>]+)>", RegexOptions.Multiline).Groups[1].Value)
            .Order().ToArray();
        Assert.Equal(["a.sokolov@integra-solutions.ru", "a.sokolov@integra-solutions.ru",
            "p.lebedev@severny-veter.ru", "p.lebedev@severny-veter.ru"], recipients);
        Assert.All(Mails(), file => Assert.Matches("http://docflow\\.test/sign/[A-Za-z0-9_-]{22,}", Decoded(file)));
        Assert.All(Mails(), file => Assert.Contains("просит вас подписать", Decoded(file)));

        using var view = await App.Client.GetAsync($"/api/agreements/{id}");
        var envelopes = (await Json.ReadAsync(view)).GetProperty("envelopes");
        Assert.Equal(2, envelopes.GetArrayLength());
        Assert.Equal(4, envelopes[0].GetProperty("signers").GetArrayLength());

        // Sending again changes nothing and mails nobody twice; a new version is refused once sent.
        using var again = await App.Client.PostAsync($"/api/agreements/{id}/send", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Task.Delay(500);
        Assert.Equal(4, Mails().Length);
        using var update = await App.Client.PutAsync($"/api/agreements/{id}", Json.Body(Samples.WithNumber(number + "x")));
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
    }

    private static string ReadEml(string file) => File.ReadAllText(file);

    // The bodies are base64 parts: decode every part so the test reads what a person would.
    private static string Decoded(string file)
    {
        var text = new StringBuilder();
        foreach (var part in Regex.Split(ReadEml(file), "\r\n\r\n"))
        {
            try
            {
                text.Append(Encoding.UTF8.GetString(Convert.FromBase64String(part.Split("\r\n--")[0].Replace("\r\n", ""))));
            }
            catch (FormatException)
            {
                text.Append(part);
            }
        }
        return text.ToString();
    }
}
