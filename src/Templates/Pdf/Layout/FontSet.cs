using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The embedded typefaces and the SKFont objects made from them, cached for the life of one writer so a
/// 200-option agreement does not reload or re-create fonts per word. Also measures words, each once.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly Dictionary<FontFace, string> ResourceNames = new()
    {
        [FontFace.SerifRegular] = "PTSerif_400Regular",
        [FontFace.SerifBold] = "PTSerif_700Bold",
        [FontFace.SerifItalic] = "PTSerif_400Regular_Italic",
        [FontFace.SerifBoldItalic] = "PTSerif_700Bold_Italic",
        [FontFace.SansRegular] = "PTSans_400Regular",
        [FontFace.SansBold] = "PTSans_700Bold",
    };

    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new();
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = new();
    private readonly Dictionary<(string, SKFont), float> _widths = new();
    private readonly Dictionary<int, SKTypeface?> _fallbacks = new();
    private readonly Dictionary<SKTypeface, byte[]?> _data = new();

    public SKTypeface Typeface(FontFace face)
    {
        if (_typefaces.TryGetValue(face, out var typeface)) return typeface;
        var data = Load(ResourceNames[face]);
        using var skData = SKData.CreateCopy(data);
        typeface = SKTypeface.FromData(skData)
            ?? throw new InvalidOperationException($"Font resource {ResourceNames[face]} could not be read.");
        _typefaces[face] = typeface;
        _data[typeface] = data;
        return typeface;
    }

    /// <summary>The font file behind a typeface (for subsetting), or null for a font inside a collection.</summary>
    public byte[]? Data(SKTypeface typeface)
    {
        if (_data.TryGetValue(typeface, out var data)) return data;
        using var stream = typeface.OpenStream(out var index);
        data = stream is null || index != 0 ? null : ReadAll(stream);
        _data[typeface] = data;
        return data;
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

    /// <summary>A typeface that has the code point when ours does not, or null to draw with ours anyway.</summary>
    public SKTypeface? Fallback(int codePoint)
    {
        if (_fallbacks.TryGetValue(codePoint, out var typeface)) return typeface;
        typeface = SKFontManager.Default.MatchCharacter(codePoint);
        _fallbacks[codePoint] = typeface;
        return typeface;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
        foreach (var typeface in _fallbacks.Values) typeface?.Dispose();
    }

    private static byte[] Load(string file)
    {
        var name = $"DocFlow.Templates.Fonts.{file}.ttf";
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {typeof(FontSet).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] ReadAll(SKStreamAsset stream)
    {
        var data = new byte[stream.Length];
        var read = stream.Read(data, data.Length);
        return read == data.Length ? data : data[..read];
    }
}
