using DocFlow.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocFlow.Browser.Tests.Signing;

[Collection(BrowserCollection.Name)]
public sealed class SignTests(BrowserFixture fixture)
{
    private const string Signer = "Marcus Lee";
    private const string SignerEmail = "marcus.lee@harborandpine.com";

    [Fact]
    public async Task Signer_opens_the_mailed_link_gets_a_code_by_mail_signs_and_sees_the_signed_page()
    {
        var number = BrowserFixture.NewNumber();
        var id = await fixture.CreateAndSendAsync(BrowserFixture.Agreement(number));
        var invitation = await fixture.ContractInvitationAsync(number, SignerEmail);
        Assert.StartsWith(new Uri(fixture.App.BaseAddress, "/sign/").ToString(), invitation.SigningLink);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var opened = await SignerSteps.OpenAsync(page, invitation.SigningLink!);
        Assert.Equal(200, opened.Status);
        Assert.Equal($"Signature requested: Contract No. {number}", await page.TitleAsync());
        await Expect(SignerSteps.Heading(page)).ToHaveTextAsync($"Contract No. {number}");
        await Expect(page.Locator("header.top")).ToContainTextAsync($"You: {Signer}, {SignerEmail}");
        await Expect(page.Locator("#document-contract details")).ToHaveAttributeAsync("open", "open");
        await Screenshots.SaveFoldedAsync(page, "signing-page.png");

        var code = await SignerSteps.RequestCodeAsync(page, fixture, number, SignerEmail);
        var signed = await SignerSteps.SignAsync(page, Signer, code);

        Assert.Equal(200, signed.Status);
        await Expect(SignerSteps.Heading(page)).ToHaveTextAsync("Signed");
        var result = page.Locator("section.notice.success[role=status]");
        await Expect(result).ToContainTextAsync($"Thank you, {Signer}. You have signed “Contract No. {number}”.");
        await Expect(result).ToContainTextAsync("This link no longer works.");
        await Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "signing-result.png");

        Assert.Equal("signed", await fixture.SignerStatusAsync(id, "contract", SignerEmail));
        Assert.NotEqual("signed", await fixture.SignerStatusAsync(id, "appendices", SignerEmail));
    }

    [Fact]
    public async Task A_wrong_code_shows_the_error_notice_and_keeps_the_typed_name()
    {
        var number = BrowserFixture.NewNumber();
        var id = await fixture.CreateAndSendAsync(BrowserFixture.Agreement(number));
        var invitation = await fixture.ContractInvitationAsync(number, SignerEmail);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignerSteps.OpenAsync(page, invitation.SigningLink!);
        var code = await SignerSteps.RequestCodeAsync(page, fixture, number, SignerEmail);
        var wrong = ((int.Parse(code) + 1) % 1_000_000).ToString("D6");
        var refused = await SignerSteps.SignAsync(page, "Marcus A. Lee", wrong);

        Assert.Equal(422, refused.Status);
        await Expect(SignerSteps.Heading(page)).ToHaveTextAsync($"Contract No. {number}");
        await Expect(page.Locator(".notice.error[role=alert]")).ToHaveTextAsync("The code is not right. Check it and try again.");
        await Expect(page.GetByLabel("Your full name")).ToHaveValueAsync("Marcus A. Lee");
        await Expect(page.GetByLabel("Code from the e-mail (6 digits)")).ToHaveValueAsync("");
        Assert.NotEqual("signed", await fixture.SignerStatusAsync(id, "contract", SignerEmail));
    }
}
