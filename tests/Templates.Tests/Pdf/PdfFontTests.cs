using DocFlow.Templates.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static DocFlow.Templates.Tests.Pdf.PdfModels;

namespace DocFlow.Templates.Tests.Pdf;

/// <summary>Fonts are embedded as TrueType (FontFile2), subset, and the file passes independent structure checks.</summary>
public sealed class PdfFontTests : IDisposable
{
    private readonly PdfDocumentWriter _writer = new();

    public void Dispose() => _writer.Dispose();

    [Fact]
    public void Every_font_is_embedded_as_truetype_under_a_subset_name()
    {
        using var document = PdfDocument.Open(_writer.Write(Contract()));
        var descriptors = document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(key => document.Structure.GetObject(key).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.TryGet(NameToken.Type, out NameToken? type) && type == NameToken.FontDescriptor)
            .ToList();
        Assert.True(descriptors.Count >= 4, $"regular, bold, italic, bold italic and sans expected, got {descriptors.Count}");
        Assert.All(descriptors, d => Assert.True(d.ContainsKey(NameToken.FontFile2), "font descriptor without FontFile2"));
        var names = descriptors.Select(d => ((NameToken)d.Data[NameToken.FontName.Data]).Data).ToList();
        Assert.All(names, n => Assert.Matches("^[A-Z]{6}\\+PT(Serif|Sans)", n));
    }

    [Fact]
    public void Poppler_sees_every_font_embedded_and_subset()
    {
        var (exit, output) = PdfInspection.Tool("pdffonts", _writer.Write(Contract()));
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches("CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes", r));
    }

    [Fact]
    public void Embedded_fonts_hold_only_the_glyphs_used()
    {
        // The five full PT fonts weigh ~1.1 MB (~600 KB compressed); a one-page document needs a few KB of outlines.
        var pdf = _writer.Write(Document(Title("Short"), Para("A short paragraph with «кириллица».")));
        Assert.True(pdf.Length < 80_000, $"{pdf.Length} bytes: fonts are not subset");
    }

    [Fact]
    public void Qpdf_finds_no_structural_errors()
    {
        var (exit, output) = PdfInspection.Tool("qpdf", _writer.Write(Contract()), "--check");
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Poppler_extracts_cyrillic_and_ukrainian_text()
    {
        var (exit, output) = PdfInspection.Tool("pdftotext", _writer.Write(Document(Para("Ґанок і їжак, «ще» — п’ять є. Ёлка."))), "-enc", "UTF-8");
        Assert.Equal(0, exit);
        Assert.Contains("Ґанок і їжак, «ще» — п’ять є. Ёлка.", output);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var model = Contract();
        Assert.Equal(_writer.Write(model), new PdfDocumentWriter().Write(model));
    }
}
