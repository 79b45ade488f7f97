using System.Text.RegularExpressions;
using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages;

namespace DocFlow.Signing.Tests.Pages;

/// <summary>No page loads anything from elsewhere: no absolute URLs, no scripts, no event handlers, no external fonts.</summary>
public sealed partial class PageHostTests
{
    public static TheoryData<string, string> EveryPage()
    {
        var pages = new TheoryData<string, string> { { "not found", NotFoundPage.Render() } };
        foreach (var locale in Enum.GetValues<Locale>())
        {
            pages.Add($"signing {locale}", SigningPage.Render(PageSamples.Signing(locale)));
            pages.Add($"code sent {locale}", SigningPage.Render(PageSamples.Signing(locale) with { State = SigningPageState.CodeSent }));
            foreach (var kind in Enum.GetValues<ResultKind>())
            {
                pages.Add($"{kind} {locale}", ResultPage.Render(PageSamples.Result(kind, locale)));
            }
        }
        return pages;
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public void Page_refers_to_no_other_host_and_runs_no_script(string name, string html)
    {
        Assert.False(html.Contains("http://", StringComparison.OrdinalIgnoreCase), name);
        Assert.False(html.Contains("https://", StringComparison.OrdinalIgnoreCase), name);
        Assert.DoesNotMatch(SrcOrHrefToOtherHost(), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch(EventHandler(), html);
        var page = PageXml.Parse(html);
        Assert.NotEmpty(page.All("h1"));
    }

    [GeneratedRegex(@"(src|href|action)=""//")]
    private static partial Regex SrcOrHrefToOtherHost();

    [GeneratedRegex(@"\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
