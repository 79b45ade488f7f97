using System.Text;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>
/// A table: its header rows go in thead as th cells, the rest in tbody; a cell takes the alignment of the column it
/// starts in. Wrapped in a scrolling box so a wide table does not widen the page on a phone.
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
            html.Append("<tbody>");
            for (var i = headerRows; i < table.Rows.Count; i++)
            {
                WriteRow(html, table, table.Rows[i], "td");
            }
            html.Append("</tbody>");
        }
        html.Append("</table></div>");
    }

    private static void WriteRow(StringBuilder html, Table table, TableRow row, string cellTag)
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
            html.Append(" class=\"").Append(HtmlAlign.ClassName(align)).Append("\">");
            HtmlInlines.Write(html, cell.Text);
            html.Append("</").Append(cellTag).Append('>');
            column += span;
        }
        html.Append("</tr>");
    }
}
