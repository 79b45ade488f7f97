using System.Text;
using DocFlow.Templates.Model;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Inline runs → words. Breaks are allowed at spaces and after hyphens; runs of spaces collapse to one; "\n" forces
/// a new line. Characters our fonts lack are drawn with a system font that has them, when there is one.
/// </summary>
internal sealed class TextTokenizer(FontSet fonts)
{
    public IReadOnlyList<TextWord> Words(IReadOnlyList<Inline> inlines, TextStyle style)
    {
        var atoms = new List<TextAtom>();
        foreach (var inline in inlines)
            AddInline(atoms, inline.Text, style.WithEmphasis(inline.Bold, inline.Italic));
        return Group(atoms);
    }

    public IReadOnlyList<TextWord> Words(string text, TextStyle style) => Words([new Inline(text)], style);

    private void AddInline(List<TextAtom> atoms, string text, TextStyle style)
    {
        var font = fonts.Font(style);
        var spaceWidth = font.Measure(" ");
        var chunk = new StringBuilder();
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r')
            {
                Flush(atoms, chunk, font, style.Color, spaceWidth, breakAfter: true);
                MarkSpace(atoms, spaceWidth);
            }
            else if (c == '\n')
            {
                Flush(atoms, chunk, font, style.Color, 0, breakAfter: true);
                MarkHardBreak(atoms, font, style.Color);
            }
            else
            {
                chunk.Append(c);
                if (c == '-') Flush(atoms, chunk, font, style.Color, 0, breakAfter: true);
            }
        }
        Flush(atoms, chunk, font, style.Color, 0, breakAfter: false);
    }

    private void Flush(List<TextAtom> atoms, StringBuilder chunk, LayoutFont font, SKColor color, float space, bool breakAfter)
    {
        if (chunk.Length == 0) return;
        var text = chunk.ToString();
        chunk.Clear();
        if (font.CoversAll(text))
            atoms.Add(new TextAtom(text, font, color, font.Measure(text), space, breakAfter));
        else
            AddWithFallback(atoms, text, font, color, space, breakAfter);
    }

    /// <summary>Splits text into pieces by the font that can draw them; only the last piece carries the break.</summary>
    private void AddWithFallback(List<TextAtom> atoms, string text, LayoutFont font, SKColor color, float space, bool breakAfter)
    {
        var pieces = new List<(string Text, LayoutFont Font)>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var piece = char.ConvertFromUtf32(codePoint);
            var pieceFont = font.Covers(codePoint) ? font : FallbackFont(codePoint, font);
            if (pieces.Count > 0 && pieces[^1].Font == pieceFont)
                pieces[^1] = (pieces[^1].Text + piece, pieceFont);
            else
                pieces.Add((piece, pieceFont));
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            var last = i == pieces.Count - 1;
            var (pieceText, pieceFont) = pieces[i];
            atoms.Add(new TextAtom(pieceText, pieceFont, color, pieceFont.Measure(pieceText), last ? space : 0, last && breakAfter));
        }
    }

    private LayoutFont FallbackFont(int codePoint, LayoutFont font)
    {
        var typeface = fonts.Fallback(codePoint);
        return typeface is null ? font : fonts.Font(typeface, font.Size);
    }

    /// <summary>A space after a word: the previous atom (possibly from the previous run) becomes breakable.</summary>
    private static void MarkSpace(List<TextAtom> atoms, float spaceWidth)
    {
        if (atoms.Count == 0 || atoms[^1].HardBreak) return;
        var last = atoms[^1];
        if (last.SpaceAfter == 0) atoms[^1] = last with { SpaceAfter = spaceWidth, BreakAfter = true };
    }

    private static void MarkHardBreak(List<TextAtom> atoms, LayoutFont font, SKColor color)
    {
        if (atoms.Count == 0 || atoms[^1].HardBreak)
            atoms.Add(new TextAtom("", font, color, 0, 0, BreakAfter: true, HardBreak: true));
        else
            atoms[^1] = atoms[^1] with { SpaceAfter = 0, BreakAfter = true, HardBreak = true };
    }

    private static IReadOnlyList<TextWord> Group(List<TextAtom> atoms)
    {
        var words = new List<TextWord>();
        var current = new List<TextAtom>();
        foreach (var atom in atoms)
        {
            current.Add(atom);
            if (!atom.BreakAfter) continue;
            // An exact array per word, the list reused: most words are one atom.
            words.Add(new TextWord(current.ToArray()));
            current.Clear();
        }
        if (current.Count > 0) words.Add(new TextWord(current.ToArray()));
        return words;
    }
}
