using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocFlow.Integration.Tests.Support;
using Microsoft.Playwright;

namespace DocFlow.Browser.Tests.Support;

/// <summary>
/// One Azurite, one app on Kestrel and one headless Debian Chromium for the whole collection: starting them is the
/// slow part. The app listens on a port chosen before it starts, so the links it mails (DOCFLOW_PUBLIC_URL) point at
/// itself and the browser can open them as a signer would.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static int lastNumber = 100;

    public Azurite Azurite { get; private set; } = null!;
    public RunningApp App { get; private set; } = null!;
    public Outbox Outbox { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var browser = StartBrowserAsync();
        Azurite = await Azurite.StartNewAsync();
        var publicUrl = $"http://127.0.0.1:{FreePorts.Take(1)[0]}";
        App = await RunningApp.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["urls"] = publicUrl,
            ["DOCFLOW_PUBLIC_URL"] = publicUrl,
        });
        Outbox = new Outbox(App.OutboxDirectory);
        Browser = await browser;
    }

    private async Task<IBrowser> StartBrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: apt-get install -y chromium");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        return await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (no cookies, no cache) with the given window; desktop size by default.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>A sample (English by default) with a contract number of its own, to change before it is posted.</summary>
    public static JsonObject Agreement(string number, string sample = "en-hourly-prepaid")
    {
        var agreement = Samples.Node(sample);
        agreement["number"] = number;
        return agreement;
    }

    /// <summary>
    /// A contract number no other test of this run uses (each run has its own Azurite and outbox), so a test finds its
    /// own mails by number; it looks like the sample's (NWI-2026-031), which keeps the screenshots realistic.
    /// </summary>
    public static string NewNumber() => $"NWI-2026-{Interlocked.Increment(ref lastNumber)}";

    /// <summary>Creates the agreement and sends it for signing, as the sales tooling does; returns its id.</summary>
    public async Task<string> CreateAndSendAsync(JsonObject agreement)
    {
        using var created = await Json.PostAsync(App.Client, "/api/agreements", agreement.ToJsonString());
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"create: {(int)created.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        using var sent = await App.Client.PostAsync($"/api/agreements/{id}/send", null);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, $"send: {(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>The invitation to sign the contract (not the appendices) that the signer finds in their mail.</summary>
    public Task<OutboxMail> ContractInvitationAsync(string number, string email) =>
        Outbox.WaitForAsync(mail => mail.To.Contains(email) && mail.Subject == $"Please sign contract No. {number}",
            $"contract invitation for {email}");

    /// <summary>Both invitations (contract, appendices) a first signer gets for one agreement, in any language.</summary>
    public Task<IReadOnlyList<OutboxMail>> InvitationsAsync(string number, string email) =>
        Outbox.WaitForCountAsync(mail => mail.To.Contains(email) && mail.Subject.EndsWith(number, StringComparison.Ordinal)
            && mail.SigningLink is not null, 2, $"two invitations for {email}");

    /// <summary>The newest code mail to the signer for this contract (a resent code replaces the one before).</summary>
    public async Task<OutboxMail> NewestCodeMailAsync(string number, string email, int atLeast = 1)
    {
        bool IsCode(OutboxMail mail) => mail.To.Contains(email) && mail.Subject.StartsWith("Signing code ", StringComparison.Ordinal)
            && mail.Subject.EndsWith($"contract No. {number}", StringComparison.Ordinal);
        var mails = await Outbox.WaitForCountAsync(IsCode, atLeast, $"code mail for {email}");
        return mails.OrderByDescending(mail => File.GetLastWriteTimeUtc(mail.File)).First();
    }

    /// <summary>The signer's state in one envelope as GET /api/agreements/{id} shows it.</summary>
    public async Task<string?> SignerStatusAsync(string agreementId, string envelopeKind, string email)
    {
        using var response = await App.Client.GetAsync($"/api/agreements/{agreementId}");
        var view = await Json.ReadAsync(response);
        var envelope = view.GetProperty("envelopes").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == envelopeKind);
        return envelope.GetProperty("signers").EnumerateArray()
            .Single(s => s.GetProperty("email").GetString() == email).GetProperty("status").GetString();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        if (Azurite is not null) await Azurite.DisposeAsync();
    }
}
