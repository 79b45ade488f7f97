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
