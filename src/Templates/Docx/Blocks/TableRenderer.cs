using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocFlow.Templates.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// Ruled table at full text width with fixed column widths. The first HeaderRows rows repeat on each page (tblHeader);
/// rows may split across pages (no cantSplit) so a long description never leaves half a page empty.
/// </summary>
public static class TableRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.Table table)
    {
        if (table.Columns.Count == 0 || table.Rows.Count == 0) yield break;
        var widths = ColumnWidths.Of(table.Columns.Select(c => c.Weight).ToList());
        var result = new W.Table(Properties(), Grid(widths));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            result.Append(Row(table, table.Rows[i], widths, isHeader: i < table.HeaderRows));
        }
        yield return result;
    }

    private static TableProperties Properties() => new()
    {
        TableStyle = new TableStyle { Val = StyleIds.TableGrid },
        TableWidth = new TableWidth { Width = Typography.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableLook = new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
    };

    private static TableGrid Grid(int[] widths)
    {
        var grid = new TableGrid();
        foreach (var width in widths) grid.Append(new GridColumn { Width = width.ToString() });
        return grid;
    }

    private static W.TableRow Row(M.Table table, M.TableRow row, int[] widths, bool isHeader)
    {
        var result = new W.TableRow();
        if (isHeader) result.Append(new TableRowProperties(new TableHeader()));
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= widths.Length) break;
            var span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
            result.Append(Cell(cell.Text, table.Columns[column].Align, widths, column, span, isHeader, row.Emphasis));
            column += span;
        }
        // A short row is padded so every row covers the grid; Word and LibreOffice disagree on ragged rows.
        if (column < widths.Length)
        {
            result.Append(Cell([], M.TextAlign.Left, widths, column, widths.Length - column, isHeader, row.Emphasis));
        }
        return result;
    }

    private static W.TableCell Cell(IReadOnlyList<M.Inline> text, M.TextAlign align, int[] widths, int column, int span, bool isHeader, bool emphasis)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = widths.Skip(column).Take(span).Sum().ToString(), Type = TableWidthUnitValues.Dxa },
        };
        if (span > 1) properties.GridSpan = new GridSpan { Val = span };
        if (isHeader || emphasis)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = isHeader ? Typography.HeaderShading : Typography.EmphasisShading };
        }
        if (isHeader) properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
        var paragraph = ParagraphFactory.Styled(isHeader ? StyleIds.TableHeader : StyleIds.TableText, text, forceBold: emphasis);
        var justification = isHeader && span == 1 ? JustificationValues.Center : ParagraphFactory.Justification(span > 1 ? M.TextAlign.Left : align);
        if (justification != JustificationValues.Left) paragraph.ParagraphProperties!.Justification = new Justification { Val = justification };
        return new W.TableCell(properties, paragraph);
    }
}
