using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Level 1 → Title; numbered level 2 → level 0 of the clause list, so clause numbers continue it; else Heading2/3.</summary>
internal static class HeadingRenderer
{
    public static void Render(Heading heading, DocxRenderContext context)
    {
        var style = heading.Level switch
        {
            <= 1 => StyleIds.Title,
            2 => StyleIds.Heading2,
            _ => StyleIds.Heading3,
        };
        if (string.IsNullOrWhiteSpace(heading.Number))
        {
            ParagraphFactory.Styled(context.Body, style, heading.Text);
        }
        else if (heading.Level == 2 && context.Counters.TryAdvance(0, heading.Number))
        {
            ParagraphFactory.Numbered(context.Body, style, NumberingIds.Clauses, 0, heading.Text);
        }
        else
        {
            ParagraphFactory.LiterallyNumbered(context.Body, style, heading.Number, NumberingLayout.Left(0), NumberingLayout.Hanging(0), heading.Text, boldNumber: true);
        }
    }
}
