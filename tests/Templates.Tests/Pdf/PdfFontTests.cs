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
        var descriptors = FontDescriptors(document);
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
    public void Every_printable_ascii_and_cyrillic_character_extracts_as_written()
    {
        // Glyph ids whose bytes are ( ) \ CR or LF are escaped in the glyph strings; a slip shows up here as lost or
        // changed characters. Each face has its own glyph ids: body, bold, italic.
        var ascii = string.Concat(Enumerable.Range(33, 94).Select(c => (char)c));
        var cyrillic = string.Concat(Enumerable.Range(0x410, 0x40).Select(c => (char)c)) + "ЁёІіЇїЄєҐґ’«»—№";
        var model = Document(
            new DocFlow.Templates.Model.Paragraph([new(ascii + " " + cyrillic)], DocFlow.Templates.Model.TextAlign.Left),
            new DocFlow.Templates.Model.Paragraph([new(ascii + " " + cyrillic, Bold: true)], DocFlow.Templates.Model.TextAlign.Left),
            new DocFlow.Templates.Model.Paragraph([new(ascii + " " + cyrillic, Italic: true)], DocFlow.Templates.Model.TextAlign.Left));

        // -raw: in reading mode pdftotext joins a line that ends in "-" to the next and drops the hyphen.
        var (exit, output) = PdfInspection.Tool("pdftotext", _writer.Write(model), "-raw", "-enc", "UTF-8");

        Assert.Equal(0, exit);
        var text = PdfInspection.Squeeze(output);
        Assert.Equal(3, CountOf(text, PdfInspection.Squeeze(ascii + cyrillic)));
    }

    [Fact]
    public void A_character_our_fonts_lack_still_gives_a_valid_file_with_every_font_embedded()
    {
        // U+2665 is in no PT font: a system TrueType font supplies it when one has it, otherwise .notdef is drawn.
        var pdf = _writer.Write(Document(Para("Hearts ♥ and arrows ⇶ in a clause.")));

        var (fontsExit, fonts) = PdfInspection.Tool("pdffonts", pdf);
        Assert.Equal(0, fontsExit);
        Assert.All(fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2), row => Assert.Matches("CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes", row));
        Assert.Contains("No syntax or stream encoding errors", PdfInspection.Tool("qpdf", pdf, "--check").Output);
        Assert.Contains("Heartsand", PdfInspection.Squeeze(PdfInspection.Tool("pdftotext", pdf).Output).Replace("♥", ""));
    }

    [Fact]
    public void Embedded_font_programs_have_correct_table_checksums_and_checksum_adjustment()
    {
        // Strict rasterisers (and font validators) reject a TrueType font whose checksums do not add up.
        using var document = PdfDocument.Open(_writer.Write(Contract()));
        var programs = FontDescriptors(document)
            .Select(d => (IndirectReferenceToken)d.Data[NameToken.FontFile2.Data])
            .Select(reference => ((StreamToken)document.Structure.GetObject(reference.Data).Data).Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray())
            .ToList();

        Assert.NotEmpty(programs);
        foreach (var font in programs)
        {
            var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
            for (var i = 0; i < tables; i++)
            {
                var record = font.AsSpan(12 + 16 * i, 16);
                var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
                var offset = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                var table = font.AsSpan(offset, length).ToArray();
                // head's checksum is taken with its checkSumAdjustment field as zero.
                if (tag == "head") Array.Clear(table, 8, 4);
                Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[4..]), SlowChecksum(table));
            }
            Assert.Equal(0xB1B0AFBAu, SlowChecksum(font));
        }
    }

    /// <summary>The OpenType table checksum, written the plain way: big-endian words, the last one padded with zeros.</summary>
    private static uint SlowChecksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }

    private static List<DictionaryToken> FontDescriptors(PdfDocument document) =>
        document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(key => document.Structure.GetObject(key).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.TryGet(NameToken.Type, out NameToken? type) && type == NameToken.FontDescriptor)
            .ToList();

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var model = Contract();
        Assert.Equal(_writer.Write(model), new PdfDocumentWriter().Write(model));
    }
}
