using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Level 1 → Title; numbered level 2 → level 0 of the clause list, so clause numbers continue it; else Heading2/3.</summary>
public static class HeadingRenderer
{
    public static IEnumerable<OpenXmlElement> Render(Heading heading, DocxRenderContext context)
    {
        var style = heading.Level switch
        {
            <= 1 => StyleIds.Title,
            2 => StyleIds.Heading2,
            _ => StyleIds.Heading3,
        };
        if (string.IsNullOrWhiteSpace(heading.Number))
        {
            yield return ParagraphFactory.Styled(style, heading.Text);
        }
        else if (heading.Level == 2 && context.Counters.TryAdvance(0, heading.Number))
        {
            yield return ParagraphFactory.Numbered(style, NumberingIds.Clauses, 0, heading.Text);
        }
        else
        {
            yield return ParagraphFactory.LiterallyNumbered(style, heading.Number, NumberingLayout.Left(0), NumberingLayout.Hanging(0), heading.Text, boldNumber: true);
        }
    }
}
