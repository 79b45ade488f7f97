using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Package;

/// <summary>A4 portrait, 25 mm binding margin on the left and 20 mm elsewhere, header and footer 10 mm from the edge.</summary>
public static class SectionBuilder
{
    public static SectionProperties Build(string headerPartId, string footerPartId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerPartId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerPartId },
        new PageSize { Width = Typography.PageWidth, Height = Typography.PageHeight },
        new PageMargin
        {
            Top = Typography.Margin, Bottom = Typography.Margin,
            Left = (uint)Typography.LeftMargin, Right = (uint)Typography.Margin,
            Header = Typography.HeaderDistance, Footer = Typography.HeaderDistance, Gutter = 0,
        },
        new Columns { Space = "708" },
        new DocGrid { LinePitch = 360 });
}
