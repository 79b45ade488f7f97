using DocFlow.Agreements.Model;
using DocFlow.Signing.Pages.Layout;
using DocFlow.Signing.Pages.Text;

namespace DocFlow.Signing.Pages;

/// <summary>
/// The one page for a signing link that is invalid, expired or already used. It takes no input, so its bytes cannot
/// tell the reasons apart; since a wrong link has no agreement and so no language, it says the same in every locale.
/// </summary>
public static class NotFoundPage
{
    private static readonly Lazy<string> Page = new(Build);

    public static string Render() => Page.Value;

    private static string Build()
    {
        var english = PageTexts.For(Locale.En);
        return PageLayout.Render(english.Language, TitleInEveryLanguage(), html =>
        {
            foreach (var text in PageTexts.Every)
            {
                html.Open("section", ("class", "lang-block"), ("lang", text.Language));
                html.Element("h1", text["notFound.title"]);
                html.Element("p", text["notFound.text"]);
                html.Element("p", text["notFound.help"], ("class", "muted"));
                html.Close("section");
            }
        });
    }

    private static string TitleInEveryLanguage() =>
        string.Join(" · ", PageTexts.Every.Select(text => text["notFound.title"]));
}
