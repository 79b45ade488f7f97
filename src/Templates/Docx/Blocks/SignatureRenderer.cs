using DocFlow.Templates.Docx.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocFlow.Templates.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx.Blocks;

/// <summary>
/// Parties side by side in a borderless two-column table. Rows cannot split and every paragraph keeps with the next,
/// so the block moves to a new page whole instead of leaving a signature line orphaned.
/// </summary>
public static class SignatureRenderer
{
    private const int Columns = 2;

    public static IEnumerable<OpenXmlElement> Render(M.SignatureBlock block)
    {
        if (block.Parties.Count == 0) yield break;
        var widths = ColumnWidths.Of(Enumerable.Repeat(1f, Columns).ToList());
        var table = new W.Table(Properties(), Grid(widths));
        foreach (var pair in block.Parties.Chunk(Columns))
        {
            // Signer lines get a row of their own so they line up however many detail lines each party has.
            table.Append(Row(widths, TableVerticalAlignmentValues.Top, i => i < pair.Length ? Details(pair[i]) : [Empty()]));
            table.Append(Row(widths, TableVerticalAlignmentValues.Bottom, i => i < pair.Length ? [SignerLine(pair[i].SignerLine)] : [Empty()]));
        }
        yield return table;
    }

    private static TableProperties Properties() => new()
    {
        TableStyle = new TableStyle { Val = StyleIds.PlainTable },
        TableWidth = new TableWidth { Width = Typography.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableLook = new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
    };

    private static TableGrid Grid(int[] widths)
    {
        var grid = new TableGrid();
        foreach (var width in widths) grid.Append(new GridColumn { Width = width.ToString() });
        return grid;
    }

    private static W.TableRow Row(int[] widths, TableVerticalAlignmentValues align, Func<int, IEnumerable<W.Paragraph>> content)
    {
        var row = new W.TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < Columns; i++)
        {
            var cell = new W.TableCell(new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = align },
            });
            cell.Append(content(i));
            row.Append(cell);
        }
        return row;
    }

    private static IEnumerable<W.Paragraph> Details(M.SignatureParty party)
    {
        yield return ParagraphFactory.Styled(StyleIds.Signature, party.Caption, bold: true);
        yield return ParagraphFactory.Styled(StyleIds.Signature, party.Name, bold: true);
        foreach (var line in party.Details) yield return ParagraphFactory.Styled(StyleIds.Signature, line);
    }

    private static W.Paragraph Empty() => ParagraphFactory.Styled(StyleIds.Signature, "");

    // Space above the line leaves room for a handwritten signature and stamp.
    private static W.Paragraph SignerLine(string text)
    {
        var paragraph = ParagraphFactory.Styled(StyleIds.Signature, text);
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "600", After = "0" };
        return paragraph;
    }
}
