using System.Net;
using System.Text.Json;
using DocFlow.Integration.Tests.Support;
using DocFlow.Signing.Tests.Pdf;

namespace DocFlow.Integration.Tests.Acts;

/// <summary>
/// One agreement from creation to completion on a turned clock: signed, stage 1's act sent by the morning run and
/// signed, stage 2 reported complete and accepted by the client's silence after reminders, stage 3 signed, then
/// completed with the support notice. Every mail and document on the way is checked.
/// </summary>
public sealed class AgreementLifeTests : IAsyncLifetime
{
    private ClockedApp _env = null!;
    private RunningApp App => _env.App;
    private Outbox Outbox => new(App.OutboxDirectory);

    public async Task InitializeAsync() => _env = await ClockedApp.StartAsync(ClockedApp.Moscow(2026, 3, 30));

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Creation_signing_two_acts_one_by_silence_reminders_and_completion()
    {
        var signers = new Signers(App);
        var host = new HostTriggers(App);
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber("LIFE/1"));
        await signers.SignAllAsync(id, "contract");
        Assert.Equal("sent", await StatusAsync(id));
        await signers.SignAllAsync(id, "appendices");
        Assert.Equal("signed", await StatusAsync(id));
        Assert.All((await StagesAsync(id)).Values, state => Assert.Equal("none", state));

        // 06:00 the day after stage 1's planned end (2026-04-14): one act request, one act, however often delivered.
        _env.SetNow(ClockedApp.Moscow(2026, 4, 14, 6));
        await host.ScheduleActsAsync();
        Assert.Empty(await host.DrainActRequestsAsync());
        _env.SetNow(ClockedApp.Moscow(2026, 4, 15, 6));
        await host.ScheduleActsAsync();
        await host.ScheduleActsAsync();
        var requests = await host.DrainActRequestsAsync();
        Assert.All(requests, r => Assert.Equal((id, "s1"), r));
        Assert.InRange(requests.Count, 1, 2);
        Assert.Equal("sent", (await StagesAsync(id))["s1"]);
        var act1 = await signers.EnvelopeAsync(id, "act-s1");
        var invitation = await Outbox.WaitForAsync(m => m.Id == $"{act1.GetProperty("id").GetString()}-invite-0", "act 1 invitation");
        Assert.Contains("Акт выполненных работ по этапу «Обследование и проектирование обмена»", invitation.Subject);
        using (var actPage = await signers.Client.GetAsync($"/sign/{invitation.Token}"))
        {
            // The act's page shows the act as rendered when issued (its date is not in agreement.json).
            Assert.Equal(HttpStatusCode.OK, actPage.StatusCode);
            var html = await actPage.Content.ReadAsStringAsync();
            Assert.Contains("Обследование и проектирование обмена", html);
            Assert.Contains("15.04.2026", html);
        }
        var act1Pdf = await App.Client.GetByteArrayAsync($"/api/agreements/{id}/documents/act-s1?format=pdf");
        var act1Text = PopplerTools.PdfToText(act1Pdf);
        Assert.Contains("Обследование и проектирование обмена", act1Text);
        Assert.Contains("15.04.2026", act1Text);
        Assert.Single(await EnvelopesAsync(id, "act-s1"));

        await signers.SignAllAsync(id, "act-s1");
        Assert.Equal("signed", (await StagesAsync(id))["s1"]);
        await Outbox.WaitForCountAsync(m => m.Id.StartsWith($"{act1.GetProperty("id").GetString()}-completed-", StringComparison.Ordinal), 4,
            "signed act 1 to every party");

        // Stage 2 reported complete early: the act goes out at once. Nobody answers.
        _env.SetNow(ClockedApp.Moscow(2026, 5, 13, 12));
        using (var complete = await App.Client.PostAsync($"/api/agreements/{id}/stages/s2/complete", null))
        {
            Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
            var answer = await Json.ReadAsync(complete);
            Assert.Equal("sent", answer.GetProperty("actState").GetString());
            Assert.True(answer.GetProperty("issued").GetBoolean());
        }
        using (var again = await App.Client.PostAsync($"/api/agreements/{id}/stages/s2/complete", null))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await EnvelopesAsync(id, "act-s2"));
        var act2Id = (await signers.EnvelopeAsync(id, "act-s2")).GetProperty("id").GetString()!;

        // Two working days later the awaited signers (order 1) are reminded, with a fresh link that works.
        _env.SetNow(ClockedApp.Moscow(2026, 5, 15, 6));
        await host.ScheduleActsAsync();
        var reminders = await Outbox.WaitForCountAsync(m => m.Id.StartsWith($"{act2Id}-remind-", StringComparison.Ordinal), 2, "reminders");
        Assert.Equal(["a.sokolov@integra-solutions.ru", "p.lebedev@severny-veter.ru"], reminders.SelectMany(m => m.To).Order().ToArray());
        using (var page = await signers.Client.GetAsync($"/sign/{reminders[0].Token}"))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Five working days after sending (14, 15, 18, 19, 20 May) without an answer: accepted by silence.
        _env.SetNow(ClockedApp.Moscow(2026, 5, 19, 6));
        await host.ScheduleActsAsync();
        Assert.Equal("sent", (await StagesAsync(id))["s2"]);
        _env.SetNow(ClockedApp.Moscow(2026, 5, 20, 6));
        await host.ScheduleActsAsync();
        Assert.Equal("accepted-by-silence", (await StagesAsync(id))["s2"]);
        var told = await Outbox.WaitForAsync(m => m.Id == $"{act2Id}-accepted-by-silence", "both parties told of the acceptance");
        Assert.Contains("contracts@integra-solutions.ru", told.To);
        Assert.Contains("m.kovaleva@severny-veter.ru", told.To);
        var sealedAct2 = (await Outbox.WaitForAsync(m => m.Id == $"{act2Id}-completed-0", "sealed act 2"))
            .Attachments.Single(a => a.FileName.EndsWith("-act-s2-signed.pdf", StringComparison.Ordinal)).Content;
        Assert.Contains("Signature is Valid", PopplerTools.PdfSig(sealedAct2));
        var certificate = PopplerTools.PdfToText(sealedAct2);
        Assert.Contains("приёмки акта без возражений", certificate);
        Assert.Contains("«Разработка и настройка обмена»", certificate);
        // Only the client's silence counts: the paragraph names its signers, not the contractor's.
        var silence = certificate[certificate.LastIndexOf("Приёмка без возражений", StringComparison.Ordinal)..];
        Assert.Contains("p.lebedev@severny-veter.ru", silence);
        Assert.DoesNotContain("a.sokolov@integra-solutions.ru", silence);
        Assert.Contains("13.05.2026", silence);

        // Stage 3 by the schedule, signed: every act accepted, so the agreement is completed and support begins.
        _env.SetNow(ClockedApp.Moscow(2026, 5, 21, 6));
        await host.ScheduleActsAsync();
        Assert.Equal([(id, "s3")], await host.DrainActRequestsAsync());
        Assert.Equal("sent", await StatusOfAgreementAfterAsync(id));
        await signers.SignAllAsync(id, "act-s3");
        Assert.Equal("completed", await StatusAsync(id));
        var support = await Outbox.WaitForAsync(m => m.Id == $"{id}-support", "support notice");
        Assert.Contains("21.08.2026", support.Subject);
        Assert.Contains("contracts@integra-solutions.ru", support.To);
        Assert.Contains("m.kovaleva@severny-veter.ru", support.To);
        Assert.Equal(new Dictionary<string, string> { ["s1"] = "signed", ["s2"] = "accepted-by-silence", ["s3"] = "signed" },
            await StagesAsync(id));
    }

    [Fact]
    public async Task A_link_stops_working_when_its_envelope_expires_and_the_sender_is_told()
    {
        var signers = new Signers(App);
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber("LIFE/2"));
        var contract = await signers.EnvelopeAsync(id, "contract");
        var envelopeId = contract.GetProperty("id").GetString()!;
        var token = await signers.TokenAsync(envelopeId, 0);
        using (var open = await signers.Client.GetAsync($"/sign/{token}")) Assert.Equal(HttpStatusCode.OK, open.StatusCode);

        // expiresInDays = 14: a second before, the link works; at the moment itself, it is the 404 page.
        var expiresAt = contract.GetProperty("expiresAt").GetDateTimeOffset();
        _env.SetNow(expiresAt.AddSeconds(-1));
        using (var still = await signers.Client.GetAsync($"/sign/{token}")) Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        _env.SetNow(expiresAt);
        using (var gone = await signers.Client.GetAsync($"/sign/{token}")) Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("expired", (await signers.EnvelopeAsync(id, "contract")).GetProperty("status").GetString());

        // The appendices envelope lapses too; the morning run expires it and tells the sender.
        _env.SetNow(expiresAt.AddHours(20));
        await new HostTriggers(App).ScheduleActsAsync();
        var appendicesId = (await signers.EnvelopeAsync(id, "appendices")).GetProperty("id").GetString()!;
        var notice = await Outbox.WaitForAsync(m => m.Id == $"{appendicesId}-expired", "expiry notice");
        Assert.Equal(["contracts@integra-solutions.ru"], notice.To);
    }

    private async Task<string> StatusOfAgreementAfterAsync(string id) => (await StagesAsync(id))["s3"];

    private async Task<string> StatusAsync(string id)
    {
        using var view = await App.Client.GetAsync($"/api/agreements/{id}");
        return (await Json.ReadAsync(view)).GetProperty("status").GetString()!;
    }

    private async Task<Dictionary<string, string>> StagesAsync(string id)
    {
        using var view = await App.Client.GetAsync($"/api/agreements/{id}");
        return (await Json.ReadAsync(view)).GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("actState").GetString()!);
    }

    private async Task<IReadOnlyList<JsonElement>> EnvelopesAsync(string id, string kind)
    {
        using var view = await App.Client.GetAsync($"/api/agreements/{id}");
        return [.. (await Json.ReadAsync(view)).GetProperty("envelopes").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == kind)];
    }
}
