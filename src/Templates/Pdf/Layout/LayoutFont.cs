using DocFlow.Templates.Pdf.Fonts;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A typeface at a size, as layout uses it: it measures text and maps it to glyphs from the font's own tables.
/// Managed on purpose: every property of a Skia font is a native call, and reading SKFont.Typeface also takes a
/// process-wide lock to find the managed wrapper, which showed at the top of profiles. One instance per typeface and
/// size (<see cref="FontSet"/>), so instances compare by reference.
/// </summary>
internal sealed class LayoutFont(SKTypeface typeface, TypefaceData data, float size)
{
    public SKTypeface Typeface { get; } = typeface;

    public TypefaceData Data { get; } = data;

    public float Size { get; } = size;

    /// <summary>The advance of <paramref name="text"/> in points: its glyphs' advances summed in font units and scaled once, as a PDF reader places them.</summary>
    public float Measure(string text)
    {
        long units = 0;
        foreach (var rune in text.EnumerateRunes()) units += Data.Metrics.Advance(Data.Characters.Glyph(rune.Value));
        return units * Size / Data.Metrics.UnitsPerEm;
    }

    /// <summary>One glyph id per code point (our text is not shaped).</summary>
    public ushort[] Glyphs(string text)
    {
        var glyphs = new List<ushort>(text.Length);
        foreach (var rune in text.EnumerateRunes()) glyphs.Add(Data.Characters.Glyph(rune.Value));
        return [.. glyphs];
    }

    public bool Covers(int codePoint) => Data.Characters.Glyph(codePoint) != 0;

    public bool CoversAll(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (Data.Characters.Glyph(rune.Value) == 0) return false;
        return true;
    }
}
