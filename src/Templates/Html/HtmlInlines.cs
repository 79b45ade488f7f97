using System.Text;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>Runs of text with their emphasis; a line break inside a run stays a line break on screen.</summary>
internal static class HtmlInlines
{
    public static void Write(StringBuilder html, IReadOnlyList<Inline> runs)
    {
        foreach (var run in runs)
        {
            if (run.Bold) html.Append("<strong>");
            if (run.Italic) html.Append("<em>");
            html.Append(HtmlText.Escape(run.Text).Replace("\r\n", "\n").Replace("\n", "<br />"));
            if (run.Italic) html.Append("</em>");
            if (run.Bold) html.Append("</strong>");
        }
    }
}
