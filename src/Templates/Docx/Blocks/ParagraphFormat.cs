using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// What a paragraph's w:pPr says beyond its style: the few properties the renderers set directly. Written in the order
/// the schema requires (pStyle, pageBreakBefore, numPr, pBdr, tabs, spacing, ind, jc), whatever order they were set in.
/// </summary>
internal readonly record struct ParagraphFormat(string? StyleId)
{
    public bool PageBreakBefore { get; init; }

    /// <summary>A list paragraph: numbering instance and level (ilvl).</summary>
    public (int Id, int Level)? Numbering { get; init; }

    /// <summary>A thin rule on this edge ("top" or "bottom"), as header and footer are set off from the text.</summary>
    public string? RuleEdge { get; init; }

    /// <summary>A left tab stop, where a literally typed number ends.</summary>
    public int? LeftTab { get; init; }

    public Spacing? Spacing { get; init; }

    public (int Left, int Hanging)? Indentation { get; init; }

    /// <summary>w:jc ("left", "center", "right", "both"), when it differs from the style's.</summary>
    public string? Justification { get; init; }

    public void Write(WordXmlWriter xml)
    {
        xml.Start("w:pPr");
        if (StyleId is not null) xml.Empty("w:pStyle", "w:val", StyleId);
        if (PageBreakBefore) xml.Empty("w:pageBreakBefore");
        if (Numbering is { } numbering)
        {
            xml.Start("w:numPr");
            xml.Empty("w:ilvl", "w:val", numbering.Level);
            xml.Empty("w:numId", "w:val", numbering.Id);
            xml.End();
        }
        if (RuleEdge is not null)
        {
            xml.Start("w:pBdr");
            xml.Start("w:" + RuleEdge).Attribute("w:val", "single").Attribute("w:color", Typography.RuleColor).Attribute("w:sz", 4).Attribute("w:space", 1).End();
            xml.End();
        }
        if (LeftTab is { } tab)
        {
            xml.Start("w:tabs");
            xml.Start("w:tab").Attribute("w:val", "left").Attribute("w:pos", tab).End();
            xml.End();
        }
        if (Spacing is { } spacing) WriteSpacing(xml, spacing);
        if (Indentation is { } indentation) xml.Start("w:ind").Attribute("w:left", indentation.Left).Attribute("w:hanging", indentation.Hanging).End();
        if (Justification is not null) xml.Empty("w:jc", "w:val", Justification);
        xml.End();
    }

    private static void WriteSpacing(WordXmlWriter xml, Spacing spacing)
    {
        xml.Start("w:spacing").Attribute("w:before", spacing.Before).Attribute("w:after", spacing.After);
        if (spacing.ExactLine is { } line) xml.Attribute("w:line", line).Attribute("w:lineRule", "exact");
        xml.End();
    }
}
