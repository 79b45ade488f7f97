using DocFlow.Templates.Pdf.Fonts;
using DocFlow.Templates.Pdf.Output;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Where elements draw: the content of the current page, and the document's fonts, which learn from every word
/// drawn which glyphs they must embed. Each distinct word becomes a glyph string once per document.
/// </summary>
internal sealed class DrawContext(DocumentFonts fonts)
{
    // Words repeat across a document (every footer, every table heading): encode each once per typeface, keyed by
    // the atom's text and whether its space is drawn, so a repeat costs no string of its own.
    private readonly Dictionary<(SKTypeface, string, bool), EncodedWord?> _words = new();

    /// <summary>The page being drawn.</summary>
    public PageContent Page { get; set; } = null!;

    public void Text(TextAtom atom, float x, float baseline)
    {
        // Nothing to draw (a forced line break): the font must not join the document for it.
        if (atom.Text.Length == 0 && atom.SpaceAfter <= 0) return;
        var font = fonts.For(atom.Font);
        if (Encoded(font, atom) is { } word)
            Page.Text(font.ResourceName, atom.Font.Size, atom.Color, x, baseline, word.Glyphs, word.EmAdvance * atom.Font.Size);
    }

    public void Rectangle(SKRect rect, SKColor color) => Page.Rectangle(rect, color);

    public void Line(float x1, float y1, float x2, float y2, SKColor color, float width) => Page.Line(x1, y1, x2, y2, color, width);

    public void BeginClip(SKRect rect) => Page.BeginClip(rect);

    public void EndClip() => Page.EndClip();

    /// <summary>The word as an Identity-H string operand and its advance, or null when it has no glyphs.</summary>
    private EncodedWord? Encoded(DocumentFont font, TextAtom atom)
    {
        var key = (font.Typeface, atom.Text, atom.SpaceAfter > 0);
        if (_words.TryGetValue(key, out var word)) return word;
        var (text, layoutFont) = (atom.DrawnText, atom.Font);
        var glyphs = layoutFont.Glyphs(text);
        font.Record(text, glyphs);
        // Advances scale with the size, so one figure per point serves every size of the typeface.
        word = glyphs.Length > 0 ? new EncodedWord(GlyphString.Encode(glyphs), layoutFont.Measure(text) / layoutFont.Size) : null;
        return _words[key] = word;
    }

    /// <summary>A word's glyph string and how far it advances, per point of font size.</summary>
    private sealed record EncodedWord(byte[] Glyphs, float EmAdvance);
}
