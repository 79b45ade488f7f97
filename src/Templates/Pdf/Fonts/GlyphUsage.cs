using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>The glyphs one document draws, per typeface: what its font subsets must contain.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<SKTypeface, HashSet<ushort>> _glyphs = new();

    public void Add(SKFont font, string text)
    {
        if (!_glyphs.TryGetValue(font.Typeface, out var set)) _glyphs[font.Typeface] = set = [];
        foreach (var glyph in font.GetGlyphs(text)) set.Add(glyph);
    }

    public IReadOnlyDictionary<SKTypeface, HashSet<ushort>> ByTypeface => _glyphs;
}
