using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Bullets share one list; each ordered list gets its own numbering instance so it starts again at "1)".</summary>
public static class ListRenderer
{
    public static IEnumerable<OpenXmlElement> Render(ListBlock list, DocxRenderContext context)
    {
        if (list.Items.Count == 0) yield break;
        var style = list.Ordered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var numberingId = list.Ordered ? context.Numbering.NewOrderedList() : NumberingIds.Bullets;
        foreach (var item in list.Items)
        {
            yield return ParagraphFactory.Numbered(style, numberingId, 0, item);
        }
    }
}
