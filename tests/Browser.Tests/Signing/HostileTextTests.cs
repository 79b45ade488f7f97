using DocFlow.Browser.Tests.Support;
using DocFlow.Integration.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocFlow.Browser.Tests.Signing;

[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests(BrowserFixture fixture)
{
    private const string Hostile = "<img src=x onerror=alert(1)>";
    private const string SignerEmail = "daniel.brooks@northwind-integrations.com";

    [Fact]
    public async Task A_signer_name_with_markup_is_shown_as_text_and_runs_nothing()
    {
        var number = BrowserFixture.NewNumber();
        var agreement = BrowserFixture.Agreement(number);
        agreement["contractor"]!["signers"]![0]!["name"] = Hostile;
        await fixture.CreateAndSendAsync(agreement);
        var invitation = await fixture.ContractInvitationAsync(number, SignerEmail);

        // The page's CSP would stop an injected handler on its own; bypass it, so what is tested is the escaping.
        await using var context = await fixture.NewContextAsync(new() { BypassCSP = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs) dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await SignerSteps.OpenAsync(page, invitation.SigningLink!);
        var header = await page.Locator("header.top").InnerTextAsync();
        Assert.Contains($"You: {Hostile}, {SignerEmail}", header);
        Assert.Contains($"({Hostile}, contracts@northwind-integrations.com) asks you to sign", header); // the sender: first contractor signer
        await Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);

        var code = await SignerSteps.RequestCodeAsync(page, fixture, number, SignerEmail);
        await SignerSteps.SignAsync(page, Hostile, code);
        await Expect(SignerSteps.Heading(page)).ToHaveTextAsync("Signed");
        Assert.Contains($"Thank you, {Hostile}.", await page.Locator("main").InnerTextAsync());
        await Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (dialogs) Assert.Empty(dialogs);

        // The detector itself works: the same markup, once it is markup, does fire a dialog here.
        await page.EvaluateAsync("html => document.body.insertAdjacentHTML('beforeend', html)", Hostile);
        await Eventually.HoldsAsync(() => { lock (dialogs) return dialogs.Count == 1; },
            "the injected img fired no dialog: the check above proves nothing", TimeSpan.FromSeconds(10));
    }
}
