using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using DocFlow.Integration.Tests.Support;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Tests.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace DocFlow.Integration.Tests.Signing;

/// <summary>The whole signing of a contract through the links in the outbox, down to the sealed files and their check.</summary>
[Collection(StorageCollection.Name)]
public sealed class SigningFlowTests(StorageFixture fixture)
{
    private const string ValidLine = "Signature Validation: Signature is Valid.";
    private RunningApp App => fixture.App;
    private Outbox Outbox => new(App.OutboxDirectory);

    [Fact]
    public async Task Contract_signed_in_order_is_sealed_stored_mailed_to_every_party_and_verifies()
    {
        var number = "SG/" + Guid.NewGuid().ToString("N")[..6];
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber(number));
        var signers = new Signers(App);
        var contract = await signers.EnvelopeAsync(id, "contract");
        var envelopeId = contract.GetProperty("id").GetString()!;

        // Sequential: the signer of order 2 has no link until order 1 has signed.
        await signers.SignAsync(envelopeId, 0, "Соколов Андрей Викторович");
        Assert.DoesNotContain(Outbox.All(), m => m.Id == $"{envelopeId}-invite-2");
        await signers.SignAsync(envelopeId, 1, "Лебедев Павел Игоревич");
        var last = await signers.SignAsync(envelopeId, 2, "Ковалёва Марина Сергеевна");
        Assert.True(last.GetProperty("envelopeCompleted").GetBoolean());

        // Every party, the copy recipient included, gets the sealed contract and audit.json.
        var completed = await Outbox.WaitForCountAsync(m => m.Id.StartsWith($"{envelopeId}-completed-", StringComparison.Ordinal), 4,
            "completed mails");
        Assert.Equal(["a.sokolov@integra-solutions.ru", "buh@severny-veter.ru", "m.kovaleva@severny-veter.ru", "p.lebedev@severny-veter.ru"],
            completed.SelectMany(m => m.To).Order().ToArray());
        var mail = completed[0];
        var sealedPdf = mail.Attachments.Single(a => a.FileName.EndsWith("-contract-signed.pdf", StringComparison.Ordinal)).Content;
        var auditJson = mail.Attachments.Single(a => a.FileName.EndsWith("-audit.json", StringComparison.Ordinal)).Content;

        // The pages the signers saw plus the certificate of completion (a page or two) naming the hash of what they saw.
        var original = await App.Client.GetByteArrayAsync($"/api/agreements/{id}/documents/contract?format=pdf");
        Assert.Equal(contract.GetProperty("documents").GetProperty("contract").GetString(), Hex(original));
        Assert.InRange(Pages(sealedPdf) - Pages(original), 1, 2);
        Assert.Contains(ValidLine, PopplerTools.PdfSig(sealedPdf));
        Assert.Equal(0, PopplerTools.QpdfCheck(sealedPdf).ExitCode);
        var text = PopplerTools.PdfToText(sealedPdf);
        Assert.Contains("Сертификат завершения", text);
        Assert.Contains(envelopeId, text);
        Assert.Contains("Ковалёва Марина Сергеевна", text);
        Assert.Contains(Hex(original), text.Replace("\n", "").Replace(" ", ""));

        var tampered = (byte[])sealedPdf.Clone();
        tampered[sealedPdf.Length / 3] ^= 0x01;
        Assert.DoesNotContain(ValidLine, PopplerTools.PdfSig(tampered));

        // The stored signed version is the mailed one, byte for byte, beside its audit.json; the trail verifies.
        var signedBlob = new BlobContainerClient(fixture.Azurite.ConnectionString, "signed");
        var stored = (await signedBlob.GetBlobClient($"{id}/{envelopeId}/contract.pdf").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(sealedPdf, stored);
        var events = AuditJson.Deserialize(auditJson);
        Assert.Contains(events, e => e.Type == AuditEventTypes.Sealed);
        Assert.Equal(3, events.Count(e => e.Type == AuditEventTypes.Signed));
        Assert.All(events.Where(e => e.Type == AuditEventTypes.Signed), e => Assert.False(string.IsNullOrEmpty(e.Ip)));
        Assert.True(AuditChain.Verify(events).IsValid);

        // /api/verify: the seal holds and the file is the stored one; one changed byte is caught.
        var verified = await VerifyAsync(sealedPdf);
        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.True(verified.GetProperty("coversWholeFile").GetBoolean());
        Assert.True(verified.GetProperty("matchesStoredVersion").GetBoolean());
        Assert.Equal(envelopeId, verified.GetProperty("envelope").GetProperty("id").GetString());
        Assert.Equal(3, verified.GetProperty("envelope").GetProperty("signers").GetArrayLength());
        var forged = await VerifyAsync(tampered);
        Assert.False(forged.GetProperty("valid").GetBoolean() && forged.GetProperty("matchesStoredVersion").GetBoolean());
        Assert.False(forged.GetProperty("matchesStoredVersion").GetBoolean());
    }

    [Fact]
    public async Task Signing_page_shows_who_asks_the_documents_their_hashes_and_serves_the_pdf_as_sent()
    {
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber("SP/" + Guid.NewGuid().ToString("N")[..6]));
        var signers = new Signers(App);
        var appendices = await signers.EnvelopeAsync(id, "appendices");
        var envelopeId = appendices.GetProperty("id").GetString()!;
        var token = await signers.TokenAsync(envelopeId, 0);

        using var page = await signers.Client.GetAsync($"/sign/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Соколов Андрей Викторович", html);
        Assert.Contains("Техническое задание", html);
        Assert.Contains("Сценарии приёмочных испытаний", html);
        foreach (var kind in new[] { "specification", "acceptance" })
        {
            var sha = appendices.GetProperty("documents").GetProperty(kind).GetString()!;
            Assert.Contains(sha, html);
            var pdf = await signers.Client.GetByteArrayAsync($"/sign/{token}/documents/{kind}.pdf");
            Assert.Equal(sha, Hex(pdf));
        }
        // The page's document text is the same model as the PDF: an option title of the sample is on both.
        var option = Samples.Node()["options"]![0]!["title"]!.GetValue<string>();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(option), html);
        using var other = await signers.Client.GetAsync($"/sign/{token}/documents/contract.pdf");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var status = (await signers.EnvelopeAsync(id, "appendices")).GetProperty("signers")[0].GetProperty("status").GetString();
        Assert.Equal("opened", status);
    }

    [Fact]
    public async Task Unknown_tampered_used_and_declined_links_all_get_the_same_404_page()
    {
        var (id, envelopeId, token, signers) = await FirstContractLinkAsync("SN");
        var tamperedToken = (token[0] == 'A' ? "B" : "A") + token[1..];

        var unknown = await NotFoundPageAsync("/sign/" + new string('x', 43));
        Assert.Equal(unknown, await NotFoundPageAsync("/sign/" + tamperedToken));

        await signers.SignAsync(envelopeId, 0);
        Assert.Equal(unknown, await NotFoundPageAsync("/sign/" + token));
        Assert.Equal(unknown, await NotFoundPageAsync($"/sign/{token}/documents/contract.pdf"));

        // A decline stops the envelope: the declining link and every other one stop working, the sender is told why.
        var second = await signers.TokenAsync(envelopeId, 1);
        using var noReason = await signers.Client.PostAsync($"/sign/{second}/decline", Json.Body("{\"reason\":\"  \"}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("/reason", await noReason.Content.ReadAsStringAsync());
        using var declined = await signers.Client.PostAsync($"/sign/{second}/decline", Json.Body("{\"reason\":\"Срок этапа 2 не согласован\"}"));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("declined", (await Json.ReadAsync(declined)).GetProperty("envelopeStatus").GetString());
        var notice = await Outbox.WaitForAsync(m => m.Id == $"{envelopeId}-declined", "decline notice to the sender");
        Assert.Equal(["contracts@integra-solutions.ru"], notice.To);
        Assert.Contains("Срок этапа 2 не согласован", notice.Text);
        Assert.Equal(unknown, await NotFoundPageAsync("/sign/" + second));
        Assert.Equal("declined", (await signers.EnvelopeAsync(id, "contract")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Five_wrong_codes_drop_the_code_so_even_the_right_one_then_fails()
    {
        var (id, envelopeId, token, signers) = await FirstContractLinkAsync("SB");
        var code = await signers.CodeAsync(envelopeId, 0, token);
        var wrong = code == "000000" ? "111111" : "000000";
        // Once delivered, the code mail's stored body is gone: the code is not kept at rest.
        var mailBodies = new BlobContainerClient(fixture.Azurite.ConnectionString, "mail");
        await Eventually.HoldsAsync(async () =>
        {
            await foreach (var blob in mailBodies.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{envelopeId}-code-", default))
                return false;
            return true;
        }, "the code mail body was deleted after sending");
        var invitationBodies = 0;
        await foreach (var blob in mailBodies.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{envelopeId}-invite-", default))
            invitationBodies++;
        Assert.True(invitationBodies > 0, "other mails keep their bodies (the outbox's record)");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await SignAsync(signers, token, wrong);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = await Json.ReadAsync(refused);
            Assert.Equal(attempt < 5 ? "CodeWrong" : "TooManyTries", problem.GetProperty("title").GetString());
        }
        using var right = await SignAsync(signers, token, code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, right.StatusCode);
        Assert.Equal("CodeRequired", (await Json.ReadAsync(right)).GetProperty("title").GetString());
        // And a new code right away is rate-limited (one a minute).
        using var again = await signers.Client.PostAsync($"/sign/{token}/code", Json.Body("{}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.True(again.Headers.RetryAfter is not null);
        Assert.Equal("opened", (await signers.EnvelopeAsync(id, "contract")).GetProperty("signers")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Twenty_parallel_sign_requests_on_one_link_give_exactly_one_signature_and_a_valid_chain()
    {
        var (id, envelopeId, token, signers) = await FirstContractLinkAsync("SR");
        var code = await signers.CodeAsync(envelopeId, 0, token);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await SignAsync(signers, token, code);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(19, answers.Count(a => a == HttpStatusCode.NotFound));
        var trail = await App.Services.GetRequiredService<DocFlow.Functions.Completion.AuditTrailReader>().ListAsync(envelopeId, default);
        Assert.Single(trail, e => e.Type == AuditEventTypes.Signed);
        var stored = await App.Services.GetRequiredService<DocFlow.Functions.Storage.EnvelopeTable>().FindAsync(envelopeId, default);
        Assert.True(AuditChain.Verify(trail, stored!.Value.Envelope.AuditHead).IsValid);
    }

    [Fact]
    public async Task A_step_saved_whose_events_never_reached_the_trail_is_completed_by_the_next_read()
    {
        var (id, envelopeId, token, signers) = await FirstContractLinkAsync("SC");
        var table = App.Services.GetRequiredService<DocFlow.Functions.Storage.EnvelopeTable>();
        var trail = App.Services.GetRequiredService<DocFlow.Functions.Completion.AuditTrailReader>();
        var (envelope, etag) = (await table.FindAsync(envelopeId, default))!.Value;

        // The writer saves the opened envelope and dies before appending the "opened" event.
        var step = new DocFlow.Signing.Flow.SigningService().Open(envelope, token, new("192.0.2.1", "crash test"), DateTimeOffset.UtcNow);
        Assert.NotNull(await table.ReplaceAsync(step.Envelope, etag, step.Events, default));
        Assert.DoesNotContain(await trail.ListAsync(envelopeId, default), e => e.Sequence == step.Events[^1].Sequence);

        var (read, _) = (await table.FindAsync(envelopeId, default))!.Value;
        var repaired = await trail.ListAsync(envelopeId, default);
        Assert.Equal(step.Events[^1].Hash, repaired[^1].Hash);
        Assert.True(AuditChain.Verify(repaired, read.AuditHead).IsValid);
        // And the signer carries on as if nothing happened.
        Assert.Equal("signed", (await signers.SignAsync(envelopeId, 0)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Verify_takes_files_past_the_api_limit_up_to_25_MiB_and_says_an_unsealed_file_is_not_sealed()
    {
        var unsealed = await VerifyAsync(System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2 * 1024 * 1024)));
        Assert.False(unsealed.GetProperty("sealed").GetBoolean());
        Assert.False(unsealed.GetProperty("valid").GetBoolean());

        var (status, _) = await RawHttp.PostAsync(App.BaseAddress, "/api/verify",
            new Dictionary<string, string> { ["Content-Type"] = "application/pdf" }, new byte[25 * 1024 * 1024 + 1]);
        Assert.Equal(413, status);
    }

    /// <summary>A fresh agreement sent for signing, and the contract link of its first signer.</summary>
    private async Task<(string Id, string EnvelopeId, string Token, Signers Signers)> FirstContractLinkAsync(string prefix)
    {
        var id = await Signers.CreateAndSendAsync(App, Samples.WithNumber($"{prefix}/{Guid.NewGuid():N}"[..9]));
        var signers = new Signers(App);
        var envelopeId = (await signers.EnvelopeAsync(id, "contract")).GetProperty("id").GetString()!;
        return (id, envelopeId, await signers.TokenAsync(envelopeId, 0), signers);
    }

    private static Task<HttpResponseMessage> SignAsync(Signers signers, string token, string code) =>
        signers.Client.PostAsync($"/sign/{token}", Json.Body(JsonSerializer.Serialize(new { fullName = "Соколов А. В.", code, consent = true })));

    private async Task<string> NotFoundPageAsync(string path)
    {
        using var anonymous = App.NewClient(null);
        using var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> VerifyAsync(byte[] pdf)
    {
        using var anonymous = App.NewClient(null);
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new("application/pdf");
        using var response = await anonymous.PostAsync("/api/verify", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private static int Pages(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
