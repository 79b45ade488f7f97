using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// Running header (HeaderText) and footer (FooterText — contract number and short fingerprint — then "page N of M"
/// as live PAGE / NUMPAGES fields, right-aligned on the same line).
/// </summary>
public static class HeaderFooterBuilder
{
    public static Header Header(DocumentInfo info)
    {
        var paragraph = ParagraphFactoryFor(StyleIds.Header);
        paragraph.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Typography.RuleColor });
        paragraph.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Right };
        paragraph.Append(RunBuilder.Run(info.HeaderText));
        return new Header(paragraph);
    }

    public static Footer Footer(DocumentInfo info)
    {
        var paragraph = ParagraphFactoryFor(StyleIds.Footer);
        paragraph.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Typography.RuleColor });
        paragraph.Append(RunBuilder.Run(info.FooterText));
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(PageNumber(info.PageNumberFormat));
        return new Footer(paragraph);
    }

    /// <summary>"Page {0} of {1}" → literal runs with PAGE in place of {0} and NUMPAGES in place of {1}.</summary>
    public static IEnumerable<Run> PageNumber(string format)
    {
        var rest = format;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{0}", StringComparison.Ordinal);
            var count = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = page < 0 ? count : count < 0 ? page : Math.Min(page, count);
            if (next < 0)
            {
                yield return RunBuilder.Run(rest);
                yield break;
            }
            if (next > 0) yield return RunBuilder.Run(rest[..next]);
            foreach (var run in Field(next == page ? "PAGE" : "NUMPAGES")) yield return run;
            rest = rest[(next + 3)..];
        }
    }

    // A complex field (begin / code / separate / cached result / end): both Word and LibreOffice recompute it per page.
    private static IEnumerable<Run> Field(string code)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return new Run(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return new Run(new W.Text("1"));
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
    }

    private static W.Paragraph ParagraphFactoryFor(string styleId) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
}
