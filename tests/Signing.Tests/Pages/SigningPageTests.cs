using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

public sealed class SigningPageTests
{
    [Theory]
    [InlineData(Locale.Ru)]
    [InlineData(Locale.Uk)]
    [InlineData(Locale.En)]
    public void Page_is_well_formed_and_readable_on_a_phone(Locale locale)
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(locale)));

        var viewport = page.All("meta").Single(m => m.Attr("name") == "viewport");
        Assert.Equal("width=device-width, initial-scale=1", viewport.Attr("content"));
        Assert.Equal("utf-8", page.All("meta").First().Attr("charset"));
        Assert.Equal("no-referrer", page.All("meta").Single(m => m.Attr("name") == "referrer").Attr("content"));
    }

    [Fact]
    public void Hostile_text_in_every_user_field_is_shown_literally_and_never_becomes_markup()
    {
        var html = SigningPage.Render(PageSamples.HostileSigning());

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onerror=alert(1)>", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("O&#39;Brien &amp; Sons", html);

        var page = PageXml.Parse(html);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "img" or "script");
        Assert.Equal(PageSamples.Hostile, page.All("h1").Single().Value);
        Assert.Equal(PageSamples.Hostile, page.All("code").Single().Value);
        Assert.Contains(page.All("h2"), h => h.Value == PageSamples.Hostile);
        Assert.All(page.All("form"), form => Assert.Equal(PageSamples.Hostile, form.Attr("action")));
        Assert.All(page.All("input").Where(i => i.Attr("name") == "csrf"), i => Assert.Equal(PageSamples.Hostile, i.Attr("value")));
        Assert.Equal(PageSamples.Hostile, page.All("input").Single(i => i.Attr("name") == "fullName").Attr("value"));
        Assert.Equal(PageSamples.Hostile, page.All("a").Single().Attr("href"));
        // Requester organisation and signer name (strong), then the e-mail of the code step, each intact.
        Assert.True(page.All("strong").Count(s => s.Value == PageSamples.Hostile) >= 3);
        Assert.Contains(PageSamples.Hostile, page.All("title").Single().Value);
    }

    [Fact]
    public void A_value_that_looks_like_a_placeholder_is_not_expanded()
    {
        var model = PageSamples.Signing(Locale.En) with { Signer = new PageSigner("{email}", "jane@client.example") };
        var page = PageXml.Parse(SigningPage.Render(model));
        Assert.Contains(page.All("strong"), s => s.Value == "{email}");
    }

    [Theory]
    [InlineData(Locale.Ru, "ru", "Подписать", "Простая электронная подпись", "Отправить мне код", "Отказаться")]
    [InlineData(Locale.Uk, "uk", "Підписати", "Простий електронний підпис", "Надіслати мені код", "Відмовитися")]
    [InlineData(Locale.En, "en", "Sign", "Simple electronic signature", "Send me a code", "Decline")]
    public void Each_locale_renders_its_own_words(Locale locale, string lang, string sign, string consent, string sendCode, string decline)
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(locale)));

        Assert.Equal(lang, page.Root!.Attr("lang"));
        var buttons = page.All("button").Select(b => b.Value).ToList();
        Assert.Equal([sendCode, sign, decline], buttons);
        Assert.Contains(page.All("h2"), h => h.Value == consent);
    }

    [Fact]
    public void A_page_in_one_language_has_no_words_of_the_others()
    {
        var ru = SigningPage.Render(PageSamples.Signing(Locale.Ru));
        var uk = SigningPage.Render(PageSamples.Signing(Locale.Uk));
        Assert.DoesNotContain("Підписати", ru);
        Assert.DoesNotContain("Download PDF", ru);
        Assert.DoesNotContain("Подписать", uk);
        Assert.Contains("Скачать PDF", ru);
        Assert.Contains("Завантажити PDF", uk);
    }

    [Fact]
    public void Forms_post_plain_fields_with_the_anti_forgery_token()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing()));

        var forms = page.All("form").ToList();
        Assert.Equal(["/sign/tok/code", "/sign/tok", "/sign/tok/decline"], forms.Select(f => f.Attr("action")));
        Assert.All(forms, form =>
        {
            Assert.Equal("post", form.Attr("method"));
            var csrf = form.Descendants("input").Single(i => i.Attr("name") == "csrf");
            Assert.Equal(("hidden", "csrf-123"), (csrf.Attr("type"), csrf.Attr("value")));
        });

        var sign = forms[1];
        Assert.Equal(["csrf", "fullName", "code", "consent"], sign.Descendants("input").Select(i => i.Attr("name")));
        var code = sign.Descendants("input").Single(i => i.Attr("name") == "code");
        Assert.Equal(("numeric", "one-time-code", "[0-9]{6}"), (code.Attr("inputmode"), code.Attr("autocomplete"), code.Attr("pattern")));
        var consent = sign.Descendants("input").Single(i => i.Attr("name") == "consent");
        Assert.Equal(("checkbox", "true", "required"), (consent.Attr("type"), consent.Attr("value"), consent.Attr("required")));
        Assert.Equal("reason", forms[2].Descendants("textarea").Single().Attr("name"));
    }

    [Fact]
    public void Documents_are_readable_inline_and_downloadable_with_their_hash()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(Locale.En)));

        var links = page.All("a").ToList();
        Assert.Equal(["/sign/tok/documents/contract.pdf", "/sign/tok/documents/specification.pdf"], links.Select(a => a.Attr("href")));
        Assert.All(links, a => Assert.Equal("Download PDF", a.Value));
        Assert.Equal([PageSamples.Sha, PageSamples.Sha], page.All("code").Select(c => c.Value));
        var articles = page.All("article").ToList();
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal("details", a.Parent!.Name.LocalName));
        Assert.Equal("1.1. Text & more", articles[0].Value);
        // Only the first document starts open; the decline form stays closed.
        Assert.Equal(["open", null, null], page.All("details").Select(d => d.Attr("open")));
    }

    [Fact]
    public void Who_asks_and_who_signs_are_named()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(Locale.En)));
        var header = page.All("header").Single().Value;
        Assert.Contains("Acme LLC (Ivan Petrov, ivan@acme.example) asks you to sign these documents.", header);
        Assert.Contains("You: Jane Smith, jane@client.example, on behalf of Client Ltd", header);
        // The title names the agreement already: said once, not twice.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(header, "12/2026"));

        var appendices = PageXml.Parse(SigningPage.Render(PageSamples.Signing(Locale.En) with { EnvelopeTitle = "Appendices 1 and 2" }));
        Assert.Contains("Contract No. 12/2026", appendices.All("header").Single().Value);
    }

    [Fact]
    public void An_approver_approves_and_a_signer_signs()
    {
        string Button(SignerRole role)
        {
            var model = PageSamples.Signing(Locale.Ru);
            var page = PageXml.Parse(SigningPage.Render(model with { Signer = model.Signer with { Role = role } }));
            var signForm = page.All("form").Single(f => f.Attr("action") == "/sign/tok");
            var button = signForm.Descendants().Single(e => e.Name.LocalName == "button").Value;
            // The consent says which button makes the signature: the one on the page.
            Assert.Contains(page.All("p"), p => p.Value.Contains($"кнопки «{button}»", StringComparison.Ordinal));
            return button;
        }
        Assert.Equal("Согласовать", Button(SignerRole.Approves));
        Assert.Equal("Подписать", Button(SignerRole.Signs));
    }

    [Fact]
    public void A_notice_is_shown_as_an_alert_in_the_page_language()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(Locale.Uk) with { Notice = PageNotice.CodeWrong, FullName = "Jane" }));
        var alert = page.All("p").Single(p => p.Attr("role") == "alert");
        Assert.Equal("Код неправильний. Перевірте його та спробуйте ще раз.", alert.Value);
        Assert.Equal("Jane", page.All("input").Single(i => i.Attr("name") == "fullName").Attr("value"));
    }

    [Fact]
    public void Refused_decline_opens_the_decline_form()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing() with { Notice = PageNotice.ReasonRequired }));
        Assert.Equal("open", page.All("details").Last().Attr("open"));
    }

    [Fact]
    public void After_a_code_is_sent_the_page_says_where_and_offers_a_new_one()
    {
        var page = PageXml.Parse(SigningPage.Render(PageSamples.Signing(Locale.En) with { State = SigningPageState.CodeSent }));
        var status = page.All("p").Single(p => p.Attr("role") == "status");
        Assert.Equal("A code has been sent to jane@client.example. It is valid for 10 minutes.", status.Value);
        Assert.Equal("Send a new code", page.All("button").First().Value);
    }

    [Fact]
    public void The_inline_stylesheet_is_the_one_the_policy_allows_and_nothing_else_runs()
    {
        var html = SigningPage.Render(PageSamples.Signing());
        var page = PageXml.Parse(html);

        var css = page.All("style").Single().Value;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css))) + "'";
        var meta = page.All("meta").Single(m => m.Attr("http-equiv") == "Content-Security-Policy").Attr("content")!;
        Assert.Contains("style-src " + hash + ";", meta);
        Assert.StartsWith("default-src 'none';", meta);
        Assert.Contains("style-src " + hash + ";", PageSecurity.ContentSecurityPolicy);
        Assert.EndsWith("frame-ancestors 'none'", PageSecurity.ContentSecurityPolicy);
        Assert.Empty(page.All("script"));
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on"));
    }

    [Fact]
    public void Form_actions_escape_the_token_for_the_path()
    {
        var actions = SigningFormActions.ForToken("a/b c");
        Assert.Equal(("/sign/a%2Fb%20c/code", "/sign/a%2Fb%20c", "/sign/a%2Fb%20c/decline"), (actions.SendCode, actions.Sign, actions.Decline));
    }
}
