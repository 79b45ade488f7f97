using System.Net;
using DocFlow.Integration.Tests.Support;
using DocFlow.Signing.Tests.Pdf;

namespace DocFlow.Integration.Tests.Acts;

/// <summary>The client withdraws after stage 1: the statement settles to the cent, undelivered stages get no acts.</summary>
public sealed class TerminationTests : IAsyncLifetime
{
    private ClockedApp _env = null!;
    private RunningApp App => _env.App;

    public async Task InitializeAsync() => _env = await ClockedApp.StartAsync(ClockedApp.Moscow(2026, 3, 30));

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Termination_after_stage_one_refunds_what_was_paid_above_its_value_and_cancels_the_rest()
    {
        var signers = new Signers(App);
        var host = new HostTriggers(App);
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber("TERM/1"));
        using (var early = await Json.PostAsync(App.Client, $"/api/agreements/{id}/termination", """{"date":"2026-04-01","amountPaid":0}"""))
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await signers.SignAllAsync(id, "contract");
        await signers.SignAllAsync(id, "appendices");
        _env.SetNow(ClockedApp.Moscow(2026, 4, 15, 6));
        await host.ScheduleActsAsync();
        await host.DrainActRequestsAsync();
        await signers.SignAllAsync(id, "act-s1");

        using (var invalid = await Json.PostAsync(App.Client, $"/api/agreements/{id}/termination", """{"date":"20.04.2026","amountPaid":-1}"""))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
            var paths = (await Json.ReadAsync(invalid)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToArray();
            Assert.Equal(["/date", "/amountPaid"], paths);
        }

        // Paid: the 70 % prepayment of 644 000,00 = 450 800,00. Delivered: stage 1 = 140 000,00 (VAT included).
        _env.SetNow(ClockedApp.Moscow(2026, 4, 20, 12));
        const string body = """{"date":"2026-04-20","amountPaid":450800.00}""";
        using var terminated = await Json.PostAsync(App.Client, $"/api/agreements/{id}/termination", body);
        Assert.Equal(HttpStatusCode.Created, terminated.StatusCode);
        var answer = await Json.ReadAsync(terminated);
        var statement = answer.GetProperty("statement");
        Assert.Equal(140000.00m, statement.GetProperty("deliveredValue").GetDecimal());
        Assert.Equal(450800.00m, statement.GetProperty("amountPaid").GetDecimal());
        Assert.Equal(310800.00m, statement.GetProperty("refund").GetDecimal());
        Assert.Equal(0m, statement.GetProperty("owed").GetDecimal());
        Assert.Equal(["s1"], answer.GetProperty("deliveredStageIds").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.Equal("termination", answer.GetProperty("envelope").GetProperty("kind").GetString());
        Assert.Equal("terminated", answer.GetProperty("status").GetString());

        var pdf = await App.Client.GetByteArrayAsync($"/api/agreements/{id}/documents/termination?format=pdf");
        var text = PopplerTools.PdfToText(pdf);
        Assert.Contains("310 800,00", text.Replace('\u00A0', ' '));
        Assert.Contains("триста десять тысяч восемьсот", text);
        using (var docx = await App.Client.GetAsync($"/api/agreements/{id}/documents/termination?format=docx"))
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var envelopeId = answer.GetProperty("envelope").GetProperty("id").GetString()!;
        await new Outbox(App.OutboxDirectory).WaitForAsync(m => m.Id == $"{envelopeId}-invite-0", "termination statement sent for signature");

        // The same request is answered again; another amount is refused: the settlement stands.
        using (var replay = await Json.PostAsync(App.Client, $"/api/agreements/{id}/termination", body))
        {
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal(envelopeId, (await Json.ReadAsync(replay)).GetProperty("envelope").GetProperty("id").GetString());
        }
        using (var other = await Json.PostAsync(App.Client, $"/api/agreements/{id}/termination", """{"date":"2026-04-20","amountPaid":100}"""))
            Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);

        // Stages 2 and 3 were not delivered: no acts, even after their planned ends.
        _env.SetNow(ClockedApp.Moscow(2026, 5, 22, 6));
        await host.ScheduleActsAsync();
        Assert.Empty(await host.DrainActRequestsAsync());
        using (var complete = await App.Client.PostAsync($"/api/agreements/{id}/stages/s2/complete", null))
            Assert.Equal(HttpStatusCode.Conflict, complete.StatusCode);
        using var view = await App.Client.GetAsync($"/api/agreements/{id}");
        var stages = (await Json.ReadAsync(view)).GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("actState").GetString()!);
        Assert.Equal(new Dictionary<string, string> { ["s1"] = "signed", ["s2"] = "cancelled", ["s3"] = "cancelled" }, stages);
    }
}
