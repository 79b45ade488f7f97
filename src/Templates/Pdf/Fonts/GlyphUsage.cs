using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>The glyphs one document draws, per typeface: what its font subsets must contain.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<SKTypeface, HashSet<ushort>> _glyphs = new();
    // Words repeat (every page's footer, every table's headings): look each one's glyphs up once per font.
    private readonly HashSet<(SKFont, string)> _seen = new();

    public void Add(SKFont font, string text)
    {
        if (!_seen.Add((font, text))) return;
        var typeface = font.Typeface;
        if (!_glyphs.TryGetValue(typeface, out var set)) _glyphs[typeface] = set = [];
        foreach (var glyph in font.GetGlyphs(text)) set.Add(glyph);
    }

    public IReadOnlyDictionary<SKTypeface, HashSet<ushort>> ByTypeface => _glyphs;
}
