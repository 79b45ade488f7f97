using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// One typeface as one PDF document uses it: its resource name on the pages, the glyphs drawn and the text each
/// glyph stands for (the ToUnicode map that makes the text extractable and searchable).
/// </summary>
internal sealed class DocumentFont(SKTypeface typeface, TypefaceData data, string resourceName)
{
    private readonly Dictionary<ushort, string> _glyphs = new();

    public SKTypeface Typeface { get; } = typeface;

    /// <summary>The font file the subset is cut from, and its metrics.</summary>
    public TypefaceData Data { get; } = data;

    /// <summary>"/F1", "/F2"...: how content streams select this font.</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>Every glyph drawn, in glyph order, with its text; glyph 0 (.notdef, a missing character) stands for none. A new copy each time.</summary>
    public IReadOnlyDictionary<ushort, string> Glyphs => new SortedDictionary<ushort, string>(_glyphs);

    /// <summary>
    /// Records the glyphs <paramref name="text"/> was mapped to, one per code point in order
    /// (<see cref="Layout.LayoutFont.Glyphs"/>: our text is not shaped).
    /// </summary>
    public void Record(string text, ReadOnlySpan<ushort> glyphs)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = glyphs[index++];
            if (!_glyphs.ContainsKey(glyph)) _glyphs.Add(glyph, glyph == 0 ? "" : rune.ToString());
        }
    }
}
