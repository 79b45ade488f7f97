using DocumentFormat.OpenXml.Wordprocessing;
using static DocFlow.Templates.Docx.Styles.Typography;

namespace DocFlow.Templates.Docx.Styles;

/// <summary>Table styles: the default (cell margins), the ruled grid for figures, and a borderless one for signatures.</summary>
public static class TableStyles
{
    public const string TableNormalId = "TableNormal";

    public static Style TableNormal() => new()
    {
        Type = StyleValues.Table, StyleId = TableNormalId, Default = true,
        StyleName = new StyleName { Val = "Normal Table" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
        StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = CellMargins(),
        },
    };

    public static Style TableGrid() => Named(StyleIds.TableGrid, "Table Grid", new TableBorders(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleColor }));

    public static Style PlainTable() => Named(StyleIds.PlainTable, "Plain Table", new TableBorders(
        new TopBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
        new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
        new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
        new RightBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
        new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
        new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" }), rightMargin: 284);

    private static Style Named(string id, string name, TableBorders borders, int rightMargin = 85) => new()
    {
        Type = StyleValues.Table, StyleId = id,
        StyleName = new StyleName { Val = name },
        BasedOn = new BasedOn { Val = TableNormalId },
        UIPriority = new UIPriority { Val = 39 },
        StyleTableProperties = new StyleTableProperties
        {
            TableBorders = borders,
            TableCellMarginDefault = CellMargins(rightMargin),
        },
    };

    private static TableCellMarginDefault CellMargins(int rightMargin = 85) => new(
        new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = (short)rightMargin, Type = TableWidthValues.Dxa });
}
