using DocFlow.Templates.Pdf.Fonts;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The SKFont objects made from the process-wide embedded typefaces, cached for the life of one writer so a
/// 200-option agreement does not re-create fonts per word. Also measures words, each once.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new();
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = new();
    private readonly Dictionary<(string, SKFont), float> _widths = new();
    private readonly Dictionary<int, SKTypeface?> _fallbacks = new();
    private readonly Dictionary<SKTypeface, byte[]?> _data = new();
    private readonly Dictionary<SKTypeface, FontMetrics> _metrics = new();

    public SKTypeface Typeface(FontFace face)
    {
        if (_typefaces.TryGetValue(face, out var typeface)) return typeface;
        (typeface, var data) = EmbeddedTypefaces.Get(face);
        _typefaces[face] = typeface;
        _data[typeface] = data;
        return typeface;
    }

    /// <summary>The font file behind a typeface (for subsetting), or null for a font inside a collection.</summary>
    private byte[]? Data(SKTypeface typeface)
    {
        if (_data.TryGetValue(typeface, out var data)) return data;
        using var stream = typeface.OpenStream(out var index);
        data = stream is null || index != 0 ? null : ReadAll(stream);
        _data[typeface] = data;
        return data;
    }

    /// <summary>The font file and its metrics, for embedding a typeface this set handed out (always a TrueType font).</summary>
    public (byte[] Program, FontMetrics Metrics) Embedding(SKTypeface typeface)
    {
        var data = Data(typeface) ?? throw new InvalidOperationException($"Typeface {typeface.FamilyName} has no font file.");
        if (!_metrics.TryGetValue(typeface, out var metrics))
        {
            var tables = TrueTypeTables.Read(data) ?? throw new InvalidOperationException($"Typeface {typeface.FamilyName} is not a TrueType font.");
            _metrics[typeface] = metrics = FontMetrics.Read(data, tables, typeface.FamilyName.Replace(" ", ""));
        }
        return (data, metrics);
    }

    public SKFont Font(TextStyle style) => Font(Typeface(style.Face), style.Size);

    public SKFont Font(SKTypeface typeface, float size)
    {
        if (_fonts.TryGetValue((typeface, size), out var font)) return font;
        font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        _fonts[(typeface, size)] = font;
        return font;
    }

    public float Measure(string text, SKFont font)
    {
        if (_widths.TryGetValue((text, font), out var width)) return width;
        width = font.MeasureText(text);
        _widths[(text, font)] = width;
        return width;
    }

    /// <summary>
    /// A system typeface that has the code point when ours does not, or null to draw with ours anyway (a .notdef
    /// box). Only TrueType fonts qualify: they are what the PDF writer can subset and embed.
    /// </summary>
    public SKTypeface? Fallback(int codePoint)
    {
        if (_fallbacks.TryGetValue(codePoint, out var typeface)) return typeface;
        typeface = SKFontManager.Default.MatchCharacter(codePoint);
        if (typeface is not null && (Data(typeface) is not { } data || TrueTypeTables.Read(data) is null))
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

    private static byte[] ReadAll(SKStreamAsset stream)
    {
        var data = new byte[stream.Length];
        var read = stream.Read(data, data.Length);
        return read == data.Length ? data : data[..read];
    }
}
