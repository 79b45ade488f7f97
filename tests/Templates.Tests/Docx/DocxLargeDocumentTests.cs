using System.Diagnostics;
using DocFlow.Templates.Docx;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>The benchmark renders 200-option agreements: the writer must stay linear and validator-clean at that size.</summary>
public class DocxLargeDocumentTests(ITestOutputHelper output)
{
    internal static DocumentModel Large(int sections = 200)
    {
        var blocks = new List<Block> { new Heading(1, [new("Large agreement")]) };
        var rows = new List<TableRow> { new([new TableCell([new("#")]), new TableCell([new("Option")]), new TableCell([new("Amount")])]) };
        for (var s = 1; s <= sections; s++)
        {
            blocks.Add(new Heading(2, [new($"Option {s}")], $"{s}."));
            for (var c = 1; c <= 5; c++)
            {
                blocks.Add(new Clause($"{s}.{c}.", 1, [new($"Clause {s}.{c} text with «quotes» & ampersand, "), new("bold", Bold: true)]));
                if (c == 2) blocks.Add(new Clause($"{s}.{c}.1.", 2, [new("sub-clause")]));
            }
            blocks.Add(new ListBlock(true, [[new("one")], [new("two")]]));
            rows.Add(new([new TableCell([new(s.ToString())]), new TableCell([new($"Option {s} description")]), new TableCell([new("1 000,00")])]));
        }
        rows.Add(new([new TableCell([new("Total")], ColumnSpan: 2), new TableCell([new("200 000,00")])], Emphasis: true));
        blocks.Add(new Table([new TableColumn(1), new TableColumn(6), new TableColumn(2, TextAlign.Right)], rows));
        return new DocumentModel(SampleDocuments.Info("en-GB"), blocks);
    }

    [Fact]
    public void Two_hundred_option_document_is_written_quickly_and_validates()
    {
        var model = Large();
        var writer = new DocxDocumentWriter();
        writer.Write(model); // warm-up: JIT and the one-time font load
        var clock = Stopwatch.StartNew();
        var bytes = writer.Write(model);
        clock.Stop();
        var small = Stopwatch.StartNew();
        var withoutFonts = new DocxDocumentWriter { EmbedFonts = false }.Write(model);
        small.Stop();
        output.WriteLine($"with fonts {clock.ElapsedMilliseconds} ms, {bytes.Length} bytes; without {small.ElapsedMilliseconds} ms, {withoutFonts.Length} bytes");

        using var package = DocxPackage.Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package));
        // Per option: its heading, five clauses, one sub-clause, two list items.
        Assert.Equal(200 * 9, package.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        // Only catches a blow-up (quadratic lookups): typical is a few hundred ms, but test machines are shared and loaded.
        Assert.InRange(clock.ElapsedMilliseconds, 0, 20_000);
    }
}
