using System.Text;
using DocFlow.Templates.Pdf.Fonts;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The fonts one writer lays out with: SKFont objects made from the process-wide embedded typefaces (plus system
/// fallbacks), cached for the life of the writer, and the measuring, glyph lookup and coverage checks layout needs,
/// done on the fonts' own tables (<see cref="TypefaceData"/>) rather than through Skia per word.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new();
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = new();
    private readonly Dictionary<SKFont, SKFontMetrics> _verticalMetrics = new();
    private readonly Dictionary<int, SKTypeface?> _fallbacks = new();
    private readonly Dictionary<SKTypeface, TypefaceData?> _data = new();

    public SKTypeface Typeface(FontFace face)
    {
        if (_typefaces.TryGetValue(face, out var typeface)) return typeface;
        (typeface, var data) = EmbeddedTypefaces.Get(face);
        _typefaces[face] = typeface;
        _data[typeface] = data;
        return typeface;
    }

    /// <summary>The font file, metrics and character map of a typeface this set handed out (always a TrueType font).</summary>
    public TypefaceData Data(SKTypeface typeface) =>
        TryData(typeface) ?? throw new InvalidOperationException($"Typeface {typeface.FamilyName} is not a TrueType font.");

    public SKFont Font(TextStyle style) => Font(Typeface(style.Face), style.Size);

    public SKFont Font(SKTypeface typeface, float size)
    {
        if (_fonts.TryGetValue((typeface, size), out var font)) return font;
        font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        _fonts[(typeface, size)] = font;
        return font;
    }

    /// <summary>Ascent, descent and leading of a font, as Skia reports them (asked once per font).</summary>
    public SKFontMetrics VerticalMetrics(SKFont font)
    {
        if (!_verticalMetrics.TryGetValue(font, out var metrics)) _verticalMetrics[font] = metrics = font.Metrics;
        return metrics;
    }

    /// <summary>The advance of <paramref name="text"/> in points: the sum of its glyphs' advances, as a PDF reader places them.</summary>
    public float Measure(string text, SKFont font)
    {
        var data = Data(font.Typeface);
        long units = 0;
        foreach (var rune in text.EnumerateRunes()) units += data.Metrics.Advance(data.Characters.Glyph(rune.Value));
        return units * font.Size / data.Metrics.UnitsPerEm;
    }

    /// <summary>One glyph id per code point (our text is not shaped).</summary>
    public ushort[] Glyphs(string text, SKFont font)
    {
        var characters = Data(font.Typeface).Characters;
        var glyphs = new List<ushort>(text.Length);
        foreach (var rune in text.EnumerateRunes()) glyphs.Add(characters.Glyph(rune.Value));
        return [.. glyphs];
    }

    public bool Covers(SKFont font, int codePoint) => Data(font.Typeface).Characters.Glyph(codePoint) != 0;

    public bool CoversAll(SKFont font, string text)
    {
        var characters = Data(font.Typeface).Characters;
        foreach (var rune in text.EnumerateRunes())
            if (characters.Glyph(rune.Value) == 0) return false;
        return true;
    }

    /// <summary>
    /// A system typeface that has the code point when ours does not, or null to draw with ours anyway (a .notdef
    /// box). Only TrueType fonts qualify: they are what the PDF writer can subset and embed.
    /// </summary>
    public SKTypeface? Fallback(int codePoint)
    {
        if (_fallbacks.TryGetValue(codePoint, out var typeface)) return typeface;
        typeface = SKFontManager.Default.MatchCharacter(codePoint);
        if (typeface is not null && TryData(typeface) is null)
        {
            typeface.Dispose();
            typeface = null;
        }
        _fallbacks[codePoint] = typeface;
        return typeface;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        // The embedded typefaces are shared by every writer in the process (EmbeddedTypefaces): not ours to dispose.
        foreach (var typeface in _fallbacks.Values) typeface?.Dispose();
    }

    private TypefaceData? TryData(SKTypeface typeface)
    {
        if (_data.TryGetValue(typeface, out var data)) return data;
        using var stream = typeface.OpenStream(out var index);
        data = stream is null || index != 0 ? null : TypefaceData.Read(ReadAll(stream), typeface);
        _data[typeface] = data;
        return data;
    }

    private static byte[] ReadAll(SKStreamAsset stream)
    {
        var data = new byte[stream.Length];
        var read = stream.Read(data, data.Length);
        return read == data.Length ? data : data[..read];
    }
}
