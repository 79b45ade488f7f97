using System.IO.Compression;
using DocFlow.Templates.Docx;
using DocFlow.Templates.Docx.Package;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxFontTests
{
    [Fact]
    public void Obfuscation_xors_the_first_32_bytes_with_the_key_bytes_in_reverse_order()
    {
        var font = new byte[40];
        var result = EmbeddedFonts.Obfuscate(font, "{00112233-4455-6677-8899-AABBCCDDEEFF}");

        Assert.Equal(0xFF, result[0]);
        Assert.Equal(0xEE, result[1]);
        Assert.Equal(0x00, result[15]);
        Assert.Equal(0xFF, result[16]);
        Assert.Equal(0x11, result[30]);
        Assert.Equal(0x00, result[32]);
        Assert.Equal(font, EmbeddedFonts.Obfuscate(result, "{00112233-4455-6677-8899-AABBCCDDEEFF}"));
    }

    [Fact]
    public void Four_pt_serif_faces_are_embedded_and_deobfuscate_to_truetype()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var fontTable = package.MainDocumentPart!.FontTablePart!;
        var font = fontTable.Fonts.Elements<Font>().Single(f => f.Name == "PT Serif");
        var regular = font.GetFirstChild<EmbedRegularFont>()!;

        Assert.NotNull(font.GetFirstChild<EmbedBoldFont>());
        Assert.NotNull(font.GetFirstChild<EmbedItalicFont>());
        Assert.NotNull(font.GetFirstChild<EmbedBoldItalicFont>());
        using var stream = fontTable.GetPartById(regular.Id!.Value!).GetStream();
        var data = new byte[4];
        stream.ReadExactly(data);
        var plain = EmbeddedFonts.Obfuscate([.. data, .. new byte[28]], regular.FontKey!.Value!);
        // TrueType fonts start with the sfnt version 0x00010000.
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, plain[..4]);
    }

    [Fact]
    public void The_archive_reads_back_entry_by_entry_and_its_fonts_are_the_faces_byte_for_byte()
    {
        // The writer copies the fonts into each archive as entries compressed once per process (RawZip).
        var bytes = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        // Reading every entry to its end checks its CRC-32 and its length against the central directory.
        var contents = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(e.Length, copy.Length);
            return copy.ToArray();
        });

        var fonts = contents.Where(c => c.Key.StartsWith("word/fonts/", StringComparison.Ordinal)).Select(c => c.Value).ToList();
        Assert.Equal(4, fonts.Count);
        Assert.All(EmbeddedFonts.PtSerif, face => Assert.Contains(fonts, font => font.AsSpan().SequenceEqual(face.ObfuscatedData)));
    }

    [Fact]
    public void Without_embedding_the_font_is_only_declared()
    {
        var bytes = new DocxDocumentWriter { EmbedFonts = false }.Write(SampleDocuments.EveryBlock());
        using var package = DocxPackage.Open(bytes);
        var fontTable = package.MainDocumentPart!.FontTablePart!;

        Assert.Empty(fontTable.FontParts);
        Assert.Equal("PT Serif", fontTable.Fonts.Elements<Font>().Single().Name!.Value);
        Assert.True(bytes.Length < 50_000, $"{bytes.Length} bytes");
    }
}
