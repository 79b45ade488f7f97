using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>Bullets share one list; each ordered list gets its own numbering instance so it starts again at "1)".</summary>
internal static class ListRenderer
{
    public static void Render(ListBlock list, DocxRenderContext context)
    {
        if (list.Items.Count == 0) return;
        var style = list.Ordered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var numberingId = list.Ordered ? context.Numbering.NewOrderedList() : NumberingIds.Bullets;
        foreach (var item in list.Items)
        {
            ParagraphFactory.Numbered(context.Body, style, numberingId, 0, item);
        }
    }
}
