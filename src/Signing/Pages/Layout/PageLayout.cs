using DocFlow.Signing.Pages.Assets;
using DocFlow.Signing.Pages.Html;

namespace DocFlow.Signing.Pages.Layout;

/// <summary>
/// The frame of every page: a phone-width viewport, the inline stylesheet, the security policy as a meta element (so
/// the page is safe even where the header is not set), no indexing and no referrer (the token is in the URL).
/// </summary>
internal static class PageLayout
{
    public static string Render(string language, string title, Action<HtmlBuilder> body)
    {
        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html>\n");
        html.Open("html", ("lang", language));
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", PageSecurity.MetaContentSecurityPolicy));
        html.Void("meta", ("name", "referrer"), ("content", "no-referrer"));
        html.Void("meta", ("name", "robots"), ("content", "noindex, nofollow"));
        html.Element("title", title);
        // The stylesheet is ours and holds no markup characters; it is written as is so its CSP hash matches.
        html.Open("style").Raw(PageStyle.Text).Close("style");
        html.Close("head");
        html.Open("body");
        html.Open("main", ("class", "page"));
        body(html);
        html.Close("main");
        html.Close("body");
        html.Close("html");
        return html.ToString();
    }
}
