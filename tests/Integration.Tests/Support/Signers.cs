using System.Net;
using System.Text.Json;

namespace DocFlow.Integration.Tests.Support;

/// <summary>
/// Plays the signers through the JSON side of /sign/{token}: finds each invitation in the outbox, asks for a code,
/// reads it from the code mail and signs. No API key: the link is the credential.
/// </summary>
public sealed class Signers(RunningApp app)
{
    private readonly HttpClient _anonymous = app.NewClient(apiKey: null);
    private Outbox Outbox => new(app.OutboxDirectory);

    public HttpClient Client => _anonymous;

    /// <summary>The newest link mailed to one signer of one envelope (invitation, or the next sequential round).</summary>
    public async Task<string> TokenAsync(string envelopeId, int signerIndex)
    {
        var mail = await Outbox.WaitForAsync(m => m.Id == $"{envelopeId}-invite-{signerIndex}", $"invitation {envelopeId}/{signerIndex}");
        return mail.Token!;
    }

    public async Task<string> CodeAsync(string envelopeId, int signerIndex, string token)
    {
        var before = Outbox.All().Where(m => m.Id.StartsWith($"{envelopeId}-code-{signerIndex}-", StringComparison.Ordinal))
            .Select(m => m.Id).ToHashSet();
        using var asked = await _anonymous.PostAsync($"/sign/{token}/code", Json.Body("{}"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = await Outbox.WaitForAsync(m => m.Id.StartsWith($"{envelopeId}-code-{signerIndex}-", StringComparison.Ordinal)
            && !before.Contains(m.Id), $"code mail {envelopeId}/{signerIndex}");
        return mail.Code!;
    }

    public async Task<JsonElement> SignAsync(string envelopeId, int signerIndex, string? fullName = null)
    {
        var token = await TokenAsync(envelopeId, signerIndex);
        var code = await CodeAsync(envelopeId, signerIndex, token);
        using var signed = await _anonymous.PostAsync($"/sign/{token}",
            Json.Body(JsonSerializer.Serialize(new { fullName = fullName ?? $"Signer {signerIndex}", code, consent = true })));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        return await Json.ReadAsync(signed);
    }

    /// <summary>Signs for everyone who must sign, round by round, as the envelope's order invites them.</summary>
    public async Task SignAllAsync(string agreementId, string envelopeKind)
    {
        for (var round = 0; round < 10; round++)
        {
            var envelope = await EnvelopeAsync(agreementId, envelopeKind);
            if (envelope.GetProperty("status").GetString() != "sent") return;
            var signers = envelope.GetProperty("signers").EnumerateArray().ToList();
            var awaited = signers.Select((s, i) => (Status: s.GetProperty("status").GetString(), Index: i))
                .Where(s => s.Status is "sent" or "opened" or "codeconfirmed").ToList();
            Assert.NotEmpty(awaited);
            foreach (var (_, index) in awaited) await SignAsync(envelope.GetProperty("id").GetString()!, index);
        }
        Assert.Fail($"{envelopeKind} of {agreementId} never completed");
    }

    public async Task<JsonElement> EnvelopeAsync(string agreementId, string envelopeKind)
    {
        using var view = await app.Client.GetAsync($"/api/agreements/{agreementId}");
        var agreement = await Json.ReadAsync(view);
        return agreement.GetProperty("envelopes").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == envelopeKind);
    }

    /// <summary>Creates an agreement from a sample (with a fresh number) and sends it; returns its id.</summary>
    public static async Task<string> CreateAndSendAsync(RunningApp app, string body)
    {
        using var created = await Json.PostAsync(app.Client, "/api/agreements", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString()!;
        using var sent = await app.Client.PostAsync($"/api/agreements/{id}/send", null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        return id;
    }
}
