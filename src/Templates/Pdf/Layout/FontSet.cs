using DocFlow.Templates.Pdf.Fonts;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The fonts one writer lays out with: the process-wide embedded typefaces (plus system fallbacks) at the sizes the
/// document uses, one <see cref="LayoutFont"/> per typeface and size for the life of the writer.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new();
    private readonly Dictionary<(SKTypeface, float), LayoutFont> _fonts = new();
    private readonly Dictionary<LayoutFont, SKFontMetrics> _verticalMetrics = new();
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
    private TypefaceData Data(SKTypeface typeface) =>
        TryData(typeface) ?? throw new InvalidOperationException($"Typeface {typeface.FamilyName} is not a TrueType font.");

    public LayoutFont Font(TextStyle style) => Font(Typeface(style.Face), style.Size);

    public LayoutFont Font(SKTypeface typeface, float size)
    {
        if (_fonts.TryGetValue((typeface, size), out var font)) return font;
        font = new LayoutFont(typeface, Data(typeface), size);
        _fonts[(typeface, size)] = font;
        return font;
    }

    /// <summary>Ascent, descent and leading of a font, as Skia reports them (asked once per font and size).</summary>
    public SKFontMetrics VerticalMetrics(LayoutFont font)
    {
        if (_verticalMetrics.TryGetValue(font, out var metrics)) return metrics;
        using var skia = new SKFont(font.Typeface, font.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        return _verticalMetrics[font] = skia.Metrics;
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
