using DocFlow.Templates.Docx.Xml;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Runs;

/// <summary>
/// Inlines → runs. Tabs and line breaks inside user text become w:tab / w:br so they survive as layout rather than
/// being collapsed by Word; every text node preserves its spaces.
/// </summary>
internal static class RunBuilder
{
    /// <summary>A run per inline, leaving out inlines that would give an empty run.</summary>
    public static void Runs(WordXmlWriter xml, IReadOnlyList<Inline> inlines, bool forceBold = false)
    {
        foreach (var inline in inlines)
        {
            var bold = inline.Bold || forceBold;
            var text = XmlText.Clean(inline.Text);
            if (bold || inline.Italic || HasContent(text)) CleanRun(xml, text, bold, inline.Italic);
        }
    }

    public static void Run(WordXmlWriter xml, string text, bool bold = false, bool italic = false) =>
        CleanRun(xml, XmlText.Clean(text), bold, italic);

    private static void CleanRun(WordXmlWriter xml, string text, bool bold, bool italic)
    {
        xml.Start("w:r");
        if (bold || italic)
        {
            xml.Start("w:rPr");
            if (bold) xml.Empty("w:b");
            if (italic) xml.Empty("w:i");
            xml.End();
        }
        AppendText(xml, text);
        xml.End();
    }

    // A carriage return is dropped (a line break is "\n"), so text of nothing else gives no content.
    private static bool HasContent(string text) => text.AsSpan().ContainsAnyExcept('\r');

    private static void AppendText(WordXmlWriter xml, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\0' : text[i];
            if (!atEnd && c != '\t' && c != '\n' && c != '\r') continue;
            if (i > start) TextNode(xml, text.AsSpan(start, i - start));
            if (c == '\t') xml.Empty("w:tab");
            else if (c == '\n') xml.Empty("w:br");
            start = i + 1;
        }
    }

    private static void TextNode(WordXmlWriter xml, ReadOnlySpan<char> value)
    {
        xml.Start("w:t").Attribute("xml:space", "preserve");
        xml.Text(value);
        xml.End();
    }
}
