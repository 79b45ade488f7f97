using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Package;

/// <summary>A4 portrait, 25 mm binding margin on the left and 20 mm elsewhere, header and footer 10 mm from the edge.</summary>
internal static class SectionBuilder
{
    public static void Write(WordXmlWriter xml, string headerPartId, string footerPartId)
    {
        xml.Start("w:sectPr");
        Reference(xml, "w:headerReference", headerPartId);
        Reference(xml, "w:footerReference", footerPartId);
        xml.Start("w:pgSz").Attribute("w:w", (int)Typography.PageWidth).Attribute("w:h", (int)Typography.PageHeight).End();
        xml.Start("w:pgMar")
            .Attribute("w:top", Typography.Margin).Attribute("w:right", Typography.Margin)
            .Attribute("w:bottom", Typography.Margin).Attribute("w:left", Typography.LeftMargin)
            .Attribute("w:header", (int)Typography.HeaderDistance).Attribute("w:footer", (int)Typography.HeaderDistance)
            .Attribute("w:gutter", 0).End();
        xml.Empty("w:cols", "w:space", 708);
        xml.Empty("w:docGrid", "w:linePitch", 360);
        xml.End();
    }

    // The r prefix is declared where it is used, as the SDK wrote it: the body needs it nowhere else.
    private static void Reference(WordXmlWriter xml, string name, string partId) =>
        xml.Start(name).Attribute("w:type", "default").Attribute("r:id", partId).Attribute("xmlns:r", Namespaces.Relationships).End();
}
