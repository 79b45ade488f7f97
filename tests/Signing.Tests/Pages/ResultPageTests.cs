using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

public sealed class ResultPageTests
{
    [Fact]
    public void Signed_thanks_the_signer_and_says_the_link_is_spent()
    {
        var page = PageXml.Parse(ResultPage.Render(PageSamples.Result(ResultKind.Signed, Locale.Ru)));

        Assert.Equal("Подписано", page.All("h1").Single().Value);
        var paragraphs = page.All("section").Single().Elements("p").Select(p => p.Value).ToList();
        Assert.Equal(
        [
            "Спасибо, Jane Smith. Вы подписали «Contract 12/2026».",
            "Когда все стороны подпишут, подписанные документы придут вам по электронной почте.",
            "Эта ссылка больше не действует.",
        ], paragraphs);
        // The link no longer works, so no way back is offered although the model has one.
        Assert.Empty(page.All("a"));
    }

    [Fact]
    public void Last_signature_says_the_signed_documents_are_on_their_way()
    {
        var page = ResultPage.Render(PageSamples.Result(ResultKind.Signed, Locale.En) with { EnvelopeCompleted = true });
        Assert.Contains("All parties have signed.", page);
        Assert.DoesNotContain("When all parties have signed", page);
    }

    [Fact]
    public void Declined_in_ukrainian()
    {
        var page = PageXml.Parse(ResultPage.Render(PageSamples.Result(ResultKind.Declined, Locale.Uk)));
        Assert.Equal("uk", page.Root!.Attr("lang"));
        Assert.Equal("Ви відмовилися", page.All("h1").Single().Value);
        Assert.Contains(page.All("p"), p => p.Value == "Ви відмовилися підписати «Contract 12/2026». Відправника повідомлено.");
    }

    [Fact]
    public void Code_sent_names_the_address_and_links_back()
    {
        var page = PageXml.Parse(ResultPage.Render(PageSamples.Result(ResultKind.CodeSent, Locale.En)));
        Assert.Contains(page.All("p"), p => p.Value == "We have sent a 6-digit code to jane@client.example. It is valid for 10 minutes.");
        Assert.Equal("/sign/tok", page.All("a").Single().Attr("href"));
    }

    [Fact]
    public void Error_shows_the_notice_as_an_alert()
    {
        var page = PageXml.Parse(ResultPage.Render(PageSamples.Result(ResultKind.Error, Locale.Ru) with { Notice = PageNotice.TooManyTries }));
        var alert = page.All("section").Single(s => s.Attr("role") == "alert");
        Assert.Equal("Слишком много неверных попыток. Запросите новый код.", alert.Value);
    }

    [Fact]
    public void Error_without_a_notice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ResultPage.Render(PageSamples.Result(ResultKind.Error) with { Notice = null }));
    }

    [Fact]
    public void Hostile_signer_and_title_are_shown_literally()
    {
        var model = PageSamples.Result(ResultKind.Signed, Locale.En) with
        {
            EnvelopeTitle = PageSamples.Hostile,
            AgreementNumber = PageSamples.Hostile,
            Signer = new PageSigner(PageSamples.Hostile, PageSamples.Hostile),
        };
        var html = ResultPage.Render(model);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        var page = PageXml.Parse(html);
        Assert.Equal(PageSamples.Hostile, page.All("strong").First().Value);
    }
}
