using DocFlow.Templates.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxTableTests
{
    private static List<W.Table> Tables()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        return package.MainDocumentPart!.Document.Body!.Elements<W.Table>().Select(t => (W.Table)t.CloneNode(true)).ToList();
    }

    [Fact]
    public void Header_rows_repeat_and_body_rows_may_split()
    {
        var rows = Tables()[0].Elements<W.TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.Null(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        Assert.All(rows[0].Descendants<W.Paragraph>(), p => Assert.Equal("TableHeader", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void Grid_widths_follow_weights_and_fill_the_text_width()
    {
        var grid = Tables()[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();

        // Text width = 11906 - 1418 - 1134 = 9354 twips; weights 1:5:2.
        Assert.Equal(9354, grid.Sum());
        Assert.Equal(1169, grid[0]);
        Assert.Equal(5846, grid[1]);
    }

    [Fact]
    public void Spanning_cells_use_grid_span_and_emphasis_rows_are_bold_and_shaded()
    {
        var rows = Tables()[0].Elements<W.TableRow>().ToList();
        var stage = rows[1].Elements<W.TableCell>().Single();
        var total = rows[3].Elements<W.TableCell>().ToList();

        Assert.Equal(3, stage.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(2, total[0].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.All(total, c => Assert.NotNull(c.TableCellProperties!.Shading));
        Assert.All(total.SelectMany(c => c.Descendants<Run>()), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Null(rows[2].Elements<W.TableCell>().First().TableCellProperties!.Shading);
    }

    [Fact]
    public void Right_aligned_column_right_aligns_its_cells()
    {
        var row = Tables()[0].Elements<W.TableRow>().ElementAt(2);
        var amount = row.Elements<W.TableCell>().Last().GetFirstChild<W.Paragraph>()!;

        Assert.Equal(JustificationValues.Right, amount.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Signature_block_is_a_borderless_two_column_table_that_keeps_together()
    {
        var signature = Tables()[1];
        var rows = signature.Elements<W.TableRow>().ToList();

        Assert.Equal("PlainTable", signature.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, r.Elements<W.TableCell>().Count()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal("ЗаказчикООО «Альфа»ИНН 7701234567г. Москва, ул. Тверская, д. 1", rows[0].Elements<W.TableCell>().First().InnerText);
        // Signer lines share a row so they line up although the parties have different numbers of detail lines.
        Assert.Equal(["Генеральный директор ________ / И. Петров /", "Директор ________ / А. Сидоров /"], rows[1].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.All(signature.Descendants<W.Paragraph>(), p => Assert.Equal("Signature", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void Signature_style_keeps_each_paragraph_with_the_next_so_the_block_moves_whole()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var style = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId! == "Signature");

        Assert.NotNull(style.StyleParagraphProperties!.KeepNext);
        Assert.NotNull(style.StyleParagraphProperties.KeepLines);
    }
}
