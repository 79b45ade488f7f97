using System.Text;

namespace DocFlow.Signing.Pages.Html;

/// <summary>
/// The same rules as the document writer's escaping (Signing does not reference Templates, so it keeps its own copy).
/// Escapes literal text for HTML that is also well-formed XML: user text (names, titles, cells) never becomes markup.
/// Only the five markup characters are replaced, so Cyrillic and typographic quotes stay readable in the source;
/// control characters that neither HTML nor XML allow are dropped rather than passed through.
/// </summary>
internal static class HtmlEscape
{
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\t' or '\n' or '\r': html.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        html.Append(c).Append(text[++i]);
                    else
                        html.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return html.ToString();
    }
}
