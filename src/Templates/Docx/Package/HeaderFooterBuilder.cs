using DocFlow.Templates.Docx.Blocks;
using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Xml;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// Running header (HeaderText) and footer (FooterText — contract number and short fingerprint — then "page N of M"
/// as live PAGE / NUMPAGES fields, right-aligned on the same line).
/// </summary>
internal static class HeaderFooterBuilder
{
    public static void Header(WordXmlWriter xml, DocumentInfo info)
    {
        xml.StartWordRoot("w:hdr");
        xml.Start("w:p");
        new ParagraphFormat(StyleIds.Header) { RuleEdge = "bottom", Justification = "right" }.Write(xml);
        RunBuilder.Run(xml, info.HeaderText);
        xml.End();
        xml.End();
    }

    public static void Footer(WordXmlWriter xml, DocumentInfo info)
    {
        xml.StartWordRoot("w:ftr");
        xml.Start("w:p");
        new ParagraphFormat(StyleIds.Footer) { RuleEdge = "top" }.Write(xml);
        RunBuilder.Run(xml, info.FooterText);
        xml.Start("w:r");
        xml.Empty("w:tab");
        xml.End();
        PageNumber(xml, info.PageNumberFormat);
        xml.End();
        xml.End();
    }

    /// <summary>"Page {0} of {1}" → literal runs with PAGE in place of {0} and NUMPAGES in place of {1}.</summary>
    private static void PageNumber(WordXmlWriter xml, string format)
    {
        var rest = format;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{0}", StringComparison.Ordinal);
            var count = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = page < 0 ? count : count < 0 ? page : Math.Min(page, count);
            if (next < 0)
            {
                RunBuilder.Run(xml, rest);
                return;
            }
            if (next > 0) RunBuilder.Run(xml, rest[..next]);
            Field(xml, next == page ? "PAGE" : "NUMPAGES");
            rest = rest[(next + 3)..];
        }
    }

    // A complex field (begin / code / separate / cached result / end): both Word and LibreOffice recompute it per page.
    private static void Field(WordXmlWriter xml, string code)
    {
        FieldChar(xml, "begin");
        xml.Start("w:r");
        xml.Start("w:instrText").Attribute("xml:space", "preserve");
        xml.Text($" {code} ");
        xml.End();
        xml.End();
        FieldChar(xml, "separate");
        xml.Start("w:r");
        xml.Start("w:t");
        xml.Text("1");
        xml.End();
        xml.End();
        FieldChar(xml, "end");
    }

    private static void FieldChar(WordXmlWriter xml, string type)
    {
        xml.Start("w:r");
        xml.Empty("w:fldChar", "w:fldCharType", type);
        xml.End();
    }
}
