using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Runs;

/// <summary>
/// Inlines → runs. Tabs and line breaks inside user text become w:tab / w:br so they survive as layout rather than
/// being collapsed by Word; every text node preserves its spaces.
/// </summary>
public static class RunBuilder
{
    public static IEnumerable<Run> Runs(IReadOnlyList<Inline> inlines, bool forceBold = false)
    {
        foreach (var inline in inlines)
        {
            var run = Run(inline.Text, inline.Bold || forceBold, inline.Italic);
            if (run.HasChildren) yield return run;
        }
    }

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.Append(properties);
        }
        AppendText(run, XmlText.Clean(text));
        return run;
    }

    private static void AppendText(Run run, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\0' : text[i];
            if (!atEnd && c != '\t' && c != '\n' && c != '\r') continue;
            if (i > start) run.Append(TextNode(text[start..i]));
            if (c == '\t') run.Append(new TabChar());
            else if (c == '\n') run.Append(new Break());
            start = i + 1;
        }
    }

    private static Text TextNode(string value) => new(value) { Space = SpaceProcessingModeValues.Preserve };
}
