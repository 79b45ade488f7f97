using DocFlow.Templates.Docx.Styles;
using M = DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// Ruled table at full text width with fixed column widths. The first HeaderRows rows repeat on each page (tblHeader);
/// rows may split across pages (no cantSplit) so a long description never leaves half a page empty.
/// </summary>
internal static class TableRenderer
{
    public static void Render(M.Table table, BodyWriter body)
    {
        if (table.Columns.Count == 0 || table.Rows.Count == 0) return;
        var weights = new float[table.Columns.Count];
        for (var i = 0; i < weights.Length; i++) weights[i] = table.Columns[i].Weight;
        var widths = ColumnWidths.Of(weights);
        body.StartTable();
        TableFrame.Write(body.Xml, StyleIds.TableGrid, look: "04A0", firstRow: true, widths);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            Row(body, table, table.Rows[i], widths, isHeader: i < table.HeaderRows);
        }
        body.EndTable();
    }

    private static void Row(BodyWriter body, M.Table table, M.TableRow row, int[] widths, bool isHeader)
    {
        body.Xml.Start("w:tr");
        if (isHeader)
        {
            body.Xml.Start("w:trPr");
            body.Xml.Empty("w:tblHeader");
            body.Xml.End();
        }
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= widths.Length) break;
            var span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
            Cell(body, cell.Text, table.Columns[column].Align, widths, column, span, isHeader, row.Emphasis);
            column += span;
        }
        // A short row is padded so every row covers the grid; Word and LibreOffice disagree on ragged rows.
        if (column < widths.Length)
        {
            Cell(body, [], M.TextAlign.Left, widths, column, widths.Length - column, isHeader, row.Emphasis);
        }
        body.Xml.End();
    }

    private static void Cell(BodyWriter body, IReadOnlyList<M.Inline> text, M.TextAlign align, int[] widths, int column, int span, bool isHeader, bool emphasis)
    {
        var xml = body.Xml;
        xml.Start("w:tc");
        xml.Start("w:tcPr");
        TableFrame.Width(xml, "w:tcW", SpannedWidth(widths, column, span));
        if (span > 1) xml.Empty("w:gridSpan", "w:val", span);
        if (isHeader || emphasis)
        {
            xml.Start("w:shd").Attribute("w:val", "clear").Attribute("w:color", "auto")
                .Attribute("w:fill", isHeader ? Typography.HeaderShading : Typography.EmphasisShading).End();
        }
        if (isHeader) xml.Empty("w:vAlign", "w:val", "center");
        xml.End();
        var justification = isHeader && span == 1 ? "center" : ParagraphFactory.Justification(span > 1 ? M.TextAlign.Left : align);
        var format = new ParagraphFormat(isHeader ? StyleIds.TableHeader : StyleIds.TableText)
        {
            Justification = justification == "left" ? null : justification,
        };
        ParagraphFactory.Styled(body, format, text, forceBold: emphasis);
        xml.End();
    }

    private static int SpannedWidth(int[] widths, int column, int span)
    {
        var width = 0;
        for (var i = column; i < column + span; i++) width += widths[i];
        return width;
    }
}
