using DocFlow.Templates.Docx.Styles;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Body text in Normal; alignment is written only when it differs from Normal's justified default.</summary>
internal static class ParagraphRenderer
{
    public static void Render(Model.Paragraph block, BodyWriter body)
    {
        var justification = block.Align == Model.TextAlign.Justify ? null : ParagraphFactory.Justification(block.Align);
        ParagraphFactory.Styled(body, new ParagraphFormat(StyleIds.Normal) { Justification = justification }, block.Text);
    }
}
