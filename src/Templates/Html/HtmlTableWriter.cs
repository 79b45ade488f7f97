using System.Text;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>
/// A table: its header rows go in thead as th cells, the rest in tbody; a cell takes the alignment of the column it
/// starts in. Wrapped in a scrolling box so a wide table does not widen the page on a phone, and each body cell
/// carries its column's header as data-label, so a narrow screen can show rows as labelled cards (page.css).
/// </summary>
internal static class HtmlTableWriter
{
    public static void Write(StringBuilder html, Table table)
    {
        var headerRows = Math.Clamp(table.HeaderRows, 0, table.Rows.Count);
        html.Append("<div class=\"table-wrap\"><table>");
        if (headerRows > 0)
        {
            html.Append("<thead>");
            for (var i = 0; i < headerRows; i++)
            {
                WriteRow(html, table, table.Rows[i], "th");
            }
            html.Append("</thead>");
        }
        if (table.Rows.Count > headerRows)
        {
            var labels = headerRows > 0 ? ColumnLabels(table, table.Rows[headerRows - 1]) : [];
            html.Append("<tbody>");
            for (var i = headerRows; i < table.Rows.Count; i++)
            {
                WriteRow(html, table, table.Rows[i], "td", labels);
            }
            html.Append("</tbody>");
        }
        html.Append("</table></div>");
    }

    /// <summary>The plain text of the header cell over each column (a spanning header labels every column it spans).</summary>
    private static string[] ColumnLabels(Table table, TableRow header)
    {
        var labels = new List<string>();
        foreach (var cell in header.Cells)
        {
            var text = string.Concat(cell.Text.Select(inline => inline.Text)).Trim();
            labels.AddRange(Enumerable.Repeat(text, Math.Max(1, cell.ColumnSpan)));
        }
        return [.. labels];
    }

    private static bool IsEmpty(TableCell cell) => cell.Text.All(inline => string.IsNullOrWhiteSpace(inline.Text));

    private static void WriteRow(StringBuilder html, Table table, TableRow row, string cellTag, string[]? labels = null)
    {
        html.Append(row.Emphasis ? "<tr class=\"em\">" : "<tr>");
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, cell.ColumnSpan);
            var align = column < table.Columns.Count ? table.Columns[column].Align : TextAlign.Left;
            html.Append('<').Append(cellTag);
            if (cellTag == "th") html.Append(" scope=\"col\"");
            if (span > 1) html.Append(" colspan=\"").Append(span).Append('"');
            if (labels is not null && span == 1 && column < labels.Length && labels[column].Length > 0 && !IsEmpty(cell))
                html.Append(" data-label=\"").Append(HtmlText.Escape(labels[column])).Append('"');
            html.Append(" class=\"").Append(HtmlAlign.ClassName(align)).Append("\">");
            HtmlInlines.Write(html, cell.Text);
            html.Append("</").Append(cellTag).Append('>');
            column += span;
        }
        html.Append("</tr>");
    }
}
