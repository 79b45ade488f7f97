using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Table → TableElement: column widths from relative weights, cells spanning columns, per-column alignment
/// (justified columns print left-aligned: narrow justified cells look gappy), bold header and emphasis rows.
/// </summary>
internal sealed class TableBuilder(TextTokenizer tokenizer, LineBreaker breaker, DocumentTheme theme, PageGeometry page)
{
    public ILayoutElement Build(Table table)
    {
        var edges = Edges(table.Columns, page.TextWidth);
        var headerCount = Math.Clamp(table.HeaderRows, 0, table.Rows.Count);
        var rows = table.Rows.Select((row, i) => Row(table, row, edges, i < headerCount)).ToList();
        return new TableElement(rows.Take(headerCount).ToList(), rows.Skip(headerCount).ToList(), page.TextWidth, page.TextHeight, 4, theme.ParagraphSpace + 4, theme.Table);
    }

    private TableRowLayout Row(Table table, TableRow row, float[] edges, bool header)
    {
        var style = new TextStyle(FontFace.SerifRegular, theme.TableSize, theme.Ink);
        if (header || row.Emphasis) style = style with { Face = FontFace.SerifBold };
        var cells = new List<TableCellLayout>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= table.Columns.Count) break;
            var span = Math.Clamp(cell.ColumnSpan, 1, table.Columns.Count - column);
            var left = edges[column];
            var width = edges[column + span] - left - 2 * theme.CellPaddingX;
            var align = header ? TextAlign.Left : table.Columns[column].Align;
            if (align == TextAlign.Justify) align = TextAlign.Left;
            var lines = breaker.Break(tokenizer.Words(cell.Text, style), Math.Max(width, 1), align, style, theme.TableLeading);
            cells.Add(new TableCellLayout(left, theme.CellPaddingX, lines));
            column += span;
        }
        return new TableRowLayout(cells, header, row.Emphasis, theme.CellPaddingY);
    }

    /// <summary>Column boundaries from the relative weights: edges[i] is the left of column i, edges[^1] the right.</summary>
    private static float[] Edges(IReadOnlyList<TableColumn> columns, float width)
    {
        var total = columns.Sum(c => Math.Max(c.Weight, 0.0001f));
        var edges = new float[columns.Count + 1];
        for (var i = 0; i < columns.Count; i++) edges[i + 1] = edges[i] + width * Math.Max(columns[i].Weight, 0.0001f) / total;
        edges[^1] = width;
        return edges;
    }
}
