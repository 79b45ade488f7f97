using DocFlow.Templates.Pdf.Fonts;
using DocFlow.Templates.Pdf.Layout;
using SkiaSharp;

namespace DocFlow.Templates.Tests.Pdf.Fonts;

/// <summary>Our cmap reading and measuring agree with Skia's (FreeType's), the independent reading of the same files.</summary>
public sealed class CharacterMapTests
{
    // The faces are internal; xUnit theories take their numbers.
    public static TheoryData<int> Faces => new(Enum.GetValues<FontFace>().Select(face => (int)face));

    [Theory]
    [MemberData(nameof(Faces))]
    public void Every_code_point_of_the_first_plane_maps_to_the_glyph_skia_finds(int face)
    {
        var (typeface, data) = EmbeddedTypefaces.Get((FontFace)face);
        var codePoints = Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).ToArray();

        var skia = typeface.GetGlyphs(codePoints);
        var mismatches = codePoints.Where((c, i) => data.Characters.Glyph(c) != skia[i]).Take(5).ToList();

        Assert.Empty(mismatches);
        Assert.True(skia.Count(g => g != 0) > 500, "the face should cover Latin and Cyrillic");
    }

    [Theory]
    [InlineData("Договор № 17/2026-ИТ «Северный ветер»")]
    [InlineData("Ґанок і їжак — п’ять є")]
    [InlineData("The Contractor shall perform the Works, 1,234.50")]
    public void Measured_widths_match_skia_to_a_hundred_thousandth(string text)
    {
        using var fonts = new FontSet();
        foreach (var face in Enum.GetValues<FontFace>())
        {
            var font = fonts.Font(new TextStyle(face, 10.5f, SKColors.Black));
            using var skiaFont = new SKFont(font.Typeface, font.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            // Skia sums per-glyph advances in floats; we sum font units and scale once (as a PDF reader places the
            // glyphs), so the two differ in the last float digits only.
            var skia = skiaFont.MeasureText(text);
            Assert.Equal(skia, font.Measure(text), skia * 1e-5f);
            Assert.Equal(skiaFont.GetGlyphs(text), font.Glyphs(text));
        }
    }

    [Fact]
    public void A_character_the_face_lacks_is_glyph_zero_and_not_covered()
    {
        using var fonts = new FontSet();
        var font = fonts.Font(new TextStyle(FontFace.SerifRegular, 10, SKColors.Black));
        Assert.False(font.Covers(0x2665));
        Assert.False(font.CoversAll("a♥"));
        Assert.True(font.CoversAll("Ёж"));
        Assert.Equal(0, EmbeddedTypefaces.Get(FontFace.SerifRegular).Data.Characters.Glyph(0x1F600));
    }
}
