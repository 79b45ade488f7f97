using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// For one document: a subset typeface per typeface used, and the fonts made from them. Drawing swaps each layout
/// font for its subset twin (same glyph ids and metrics), so Skia embeds only the glyphs the document shows.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _typefaces = new();
    private readonly Dictionary<SKFont, SKFont> _fonts = new();

    public FontSubsets(GlyphUsage usage, Func<SKTypeface, byte[]?> fontData)
    {
        foreach (var (typeface, glyphs) in usage.ByTypeface)
        {
            var data = fontData(typeface);
            var subset = data is null ? null : TrueTypeSubsetter.Subset(data, glyphs);
            if (subset is null) continue;
            using var skData = SKData.CreateCopy(subset);
            if (SKTypeface.FromData(skData) is { } subsetTypeface) _typefaces[typeface] = subsetTypeface;
        }
    }

    /// <summary>The subset twin of a layout font, or the font itself when its typeface could not be subset.</summary>
    public SKFont Map(SKFont font)
    {
        if (_fonts.TryGetValue(font, out var mapped)) return mapped;
        if (!_typefaces.TryGetValue(font.Typeface, out var typeface)) return _fonts[font] = font;
        mapped = new SKFont(typeface, font.Size) { Subpixel = font.Subpixel, LinearMetrics = font.LinearMetrics, Hinting = font.Hinting };
        return _fonts[font] = mapped;
    }

    public void Dispose()
    {
        foreach (var (original, mapped) in _fonts)
            if (!ReferenceEquals(original, mapped)) mapped.Dispose();
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
