using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>What every table of ours starts with: full text width, fixed layout, its style, and the column grid.</summary>
internal static class TableFrame
{
    /// <summary>w:tblPr and w:tblGrid. <paramref name="look"/> is tblLook's legacy hex; <paramref name="firstRow"/> its header-row flag.</summary>
    public static void Write(WordXmlWriter xml, string styleId, string look, bool firstRow, int[] widths)
    {
        xml.Start("w:tblPr");
        xml.Empty("w:tblStyle", "w:val", styleId);
        Width(xml, "w:tblW", Typography.TextWidth);
        xml.Empty("w:tblLayout", "w:type", "fixed");
        xml.Start("w:tblLook").Attribute("w:val", look).Attribute("w:firstRow", firstRow).Attribute("w:lastRow", false)
            .Attribute("w:firstColumn", false).Attribute("w:lastColumn", false).Attribute("w:noHBand", true).Attribute("w:noVBand", true).End();
        xml.End();
        xml.Start("w:tblGrid");
        foreach (var width in widths) xml.Empty("w:gridCol", "w:w", width);
        xml.End();
    }

    /// <summary>A width in twips (tblW, tcW).</summary>
    public static void Width(WordXmlWriter xml, string name, int twips) =>
        xml.Start(name).Attribute("w:w", twips).Attribute("w:type", "dxa").End();
}
