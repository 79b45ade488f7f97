using DocFlow.Integration.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocFlow.Browser.Tests.Support;

/// <summary>What a signer does on the page, step by step, with the English page texts (src/Signing/Pages/Text/en.json).</summary>
public static class SignerSteps
{
    public static ILocator Heading(IPage page) => page.Locator("main h1").First;

    public static async Task<IResponse> OpenAsync(IPage page, string link)
    {
        var response = await page.GotoAsync(link) ?? throw new InvalidOperationException("no response for " + link);
        return response;
    }

    /// <summary>Presses "Send me a code", sees the code-sent page, goes back to the documents; returns the code mailed.</summary>
    public static async Task<string> RequestCodeAsync(IPage page, BrowserFixture fixture, string number, string email)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Code sent");
        var mail = await fixture.NewestCodeMailAsync(number, email);
        Assert.Matches("^[0-9]{6}$", mail.Code);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the documents" }).ClickAsync();
        await Expect(page.Locator("p.notice.success[role=status]")).ToContainTextAsync("A code has been sent to " + email);
        return mail.Code!;
    }

    /// <summary>Types the name and the code, ticks the consent and presses the form's button ("Sign", or "Approve" for
    /// an approver).</summary>
    public static async Task<IResponse> SignAsync(IPage page, string fullName, string code)
    {
        await page.GetByLabel("Your full name").FillAsync(fullName);
        await page.GetByLabel("Code from the e-mail (6 digits)").FillAsync(code);
        await page.GetByRole(AriaRole.Checkbox).CheckAsync();
        return await page.RunAndWaitForResponseAsync(
            () => page.Locator("form:has(#fullName) button[type=submit]").ClickAsync(),
            response => response.Request.Method == "POST");
    }
}
