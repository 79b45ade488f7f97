using DocFlow.Templates.Model;
using Block = DocFlow.Templates.Model.Block;
using Inline = DocFlow.Templates.Model.Inline;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using Table = DocFlow.Templates.Model.Table;
using TableCell = DocFlow.Templates.Model.TableCell;
using TableRow = DocFlow.Templates.Model.TableRow;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// Pipe table → Table: the header row repeats on every page, alignment comes from the colons of the delimiter row,
/// weights from an enclosing "::: columns 1 4 2" container. A row whose every filled cell is bold is an emphasis
/// (subtotal / total) row.
/// </summary>
internal static class TableMapper
{
    public static void Map(MdTable table, MappingState state, List<Block> output)
    {
        var mdRows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        if (mdRows.Count == 0) return;
        var width = mdRows.Max(r => r.Count);
        var columns = Enumerable.Range(0, width).Select(i => Column(table, state, i, width)).ToList();
        var rows = mdRows.Select(r => Row(r, width)).ToList();
        var headerRows = mdRows.TakeWhile(r => r.IsHeader).Count();
        output.Add(new Table(columns, rows, headerRows));
    }

    private static TableColumn Column(MdTable table, MappingState state, int index, int width)
    {
        var weights = state.ColumnWeights;
        var weight = weights is not null && weights.Count == width ? weights[index] : 1f;
        var align = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
        return new TableColumn(weight, align switch
        {
            TableColumnAlign.Center => TextAlign.Center,
            TableColumnAlign.Right => TextAlign.Right,
            _ => TextAlign.Left,
        });
    }

    private static TableRow Row(Markdig.Extensions.Tables.TableRow row, int width)
    {
        var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select(Cell).ToList();
        while (cells.Count < width) cells.Add(new TableCell([]));
        var filled = cells.Where(c => c.Text.Count > 0).ToList();
        var emphasis = !row.IsHeader && filled.Count > 0 && filled.All(c => c.Text.All(i => i.Bold));
        return new TableRow(cells, emphasis);
    }

    private static TableCell Cell(Markdig.Extensions.Tables.TableCell cell)
    {
        var text = new List<Inline>();
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (text.Count > 0) text.Add(new Inline(" "));
            text.AddRange(InlineMapper.Map(paragraph.Inline));
        }
        return new TableCell(text);
    }
}
