using DocFlow.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocFlow.Browser.Tests.Signing;

[Collection(BrowserCollection.Name)]
public sealed class DeclineTests(BrowserFixture fixture)
{
    private const string SignerEmail = "marcus.lee@harborandpine.com";
    private const string SenderEmail = "contracts@northwind-integrations.com";

    [Fact]
    public async Task Declining_with_a_reason_shows_the_declined_page_tells_the_sender_and_ends_the_link()
    {
        var number = BrowserFixture.NewNumber();
        var id = await fixture.CreateAndSendAsync(BrowserFixture.Agreement(number));
        var invitation = await fixture.ContractInvitationAsync(number, SignerEmail);
        const string reason = "The hourly rate differs from quote Q-17 & the cutover must not fall on a holiday.";

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignerSteps.OpenAsync(page, invitation.SigningLink!);
        var declineButton = page.GetByRole(AriaRole.Button, new() { Name = "Decline" });
        await Expect(declineButton).ToBeHiddenAsync();
        await page.Locator("summary", new() { HasText = "Decline to sign" }).ClickAsync();
        await page.GetByLabel("Reason (the sender will see it)").FillAsync(reason);
        await declineButton.ClickAsync();

        await Expect(SignerSteps.Heading(page)).ToHaveTextAsync("Declined");
        await Expect(page.Locator("section.notice[role=status]")).ToContainTextAsync(
            $"You have declined to sign “Contract No. {number}”. The sender has been told.");
        Assert.Equal("declined", await fixture.SignerStatusAsync(id, "contract", SignerEmail));

        var told = await fixture.Outbox.WaitForAsync(mail => mail.To.Contains(SenderEmail) && mail.Subject.StartsWith("Declined:")
            && mail.Subject.EndsWith($"contract No. {number}"), "decline mail to the sender");
        Assert.Contains($"Marcus Lee ({SignerEmail}) declined to sign", told.Text);
        Assert.Contains("Reason: " + reason, told.Text);

        var again = await SignerSteps.OpenAsync(page, invitation.SigningLink!);
        Assert.Equal(404, again.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Link not valid" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }
}
