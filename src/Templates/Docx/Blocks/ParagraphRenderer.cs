using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Body text in Normal; alignment is written only when it differs from Normal's justified default.</summary>
public static class ParagraphRenderer
{
    public static IEnumerable<OpenXmlElement> Render(Model.Paragraph block)
    {
        var paragraph = ParagraphFactory.Styled(StyleIds.Normal, block.Text);
        if (block.Align != Model.TextAlign.Justify)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = ParagraphFactory.Justification(block.Align) };
        }
        yield return paragraph;
    }
}
