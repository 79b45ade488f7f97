using DocFlow.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocFlow.Browser.Tests.Signing;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    private const int Width = 375;

    // The English sample, and the Russian one for its long words; the contract page and the appendices page (its tables).
    [Theory]
    [InlineData("en-hourly-prepaid", "marcus.lee@harborandpine.com", "Send me a code", "Approve", "Decline", "Decline to sign")]
    [InlineData("ru-prepayment", "p.lebedev@severny-veter.ru", "Отправить мне код", "Согласовать", "Отказаться", "Отказаться от подписания")]
    public async Task On_a_375px_phone_the_page_does_not_scroll_sideways_and_every_button_is_on_screen(string sample, string email,
        string sendCode, string sign, string decline, string declineDetails)
    {
        var number = BrowserFixture.NewNumber();
        await fixture.CreateAndSendAsync(BrowserFixture.Agreement(number, sample));
        var invitations = await fixture.InvitationsAsync(number, email);

        await using var context = await fixture.NewContextAsync(new()
        {
            ViewportSize = new ViewportSize { Width = Width, Height = 812 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        foreach (var invitation in invitations.OrderBy(mail => mail.Subject.Length)) // the contract's subject is the shorter
        {
            var opened = await SignerSteps.OpenAsync(page, invitation.SigningLink!);
            Assert.Equal(200, opened.Status);
            // Unfold every document and the decline form: what is folded is not laid out, so it could hide an overflow.
            foreach (var summary in await page.QuerySelectorAllAsync(".document details:not([open]) > summary")) await summary.ClickAsync();
            await page.Locator("summary", new() { HasText = declineDetails }).ClickAsync();
            var where = $"{sample} {await SignerSteps.Heading(page).InnerTextAsync()}";

            var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            var wide = await page.EvaluateAsync<string[]>(
                $"() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > {Width + 1})" +
                ".filter(e => !e.closest('.table-wrap')).slice(0, 5)" +
                ".map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 60))");
            Assert.True(scrollWidth <= Width + 1, $"{where}: scrollWidth {scrollWidth} > {Width}; too wide: {string.Join(" | ", wide)}");
            // Wide tables become labelled cards: no table hides columns in a box that scrolls sideways.
            var hidden = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1)" +
                ".map(w => w.scrollWidth + '>' + w.clientWidth + ': ' + (w.textContent || '').slice(0, 60))");
            Assert.True(hidden.Length == 0, $"{where}: tables wider than the screen: {string.Join(" | ", hidden)}");
            // A phone zooms out to fit content that is too wide; then the window is no longer 375 CSS pixels wide.
            Assert.Equal(Width, await page.EvaluateAsync<int>("() => window.innerWidth"));

            foreach (var name in new[] { sendCode, sign, decline })
            {
                var button = page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
                await Expect(button).ToBeVisibleAsync();
                var box = await button.BoundingBoxAsync() ?? throw new InvalidOperationException(name + ": no box");
                Assert.True(box.X >= 0 && box.X + box.Width <= Width + 1, $"{where}: {name} spans x {box.X}..{box.X + box.Width}");
                Assert.True(box.Height >= 40, $"{where}: {name} is {box.Height}px high, too small to tap");
            }
            if (sample.StartsWith("en") && where.Contains("Contract No.")) await Screenshots.SaveFoldedAsync(page, "signing-page-phone.png");
        }
    }
}
