using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Greedy line breaking of words into a width, then alignment. A word wider than the line is cut by characters so
/// nothing ever runs past the edge. Justified text stretches the gaps of every line but the last of a paragraph
/// (and lines ending in a forced break).
/// </summary>
internal sealed class LineBreaker(FontSet fonts)
{
    private const float Tolerance = 0.01f;

    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextWord> words, float width, TextAlign align, TextStyle style, float leading)
    {
        var metrics = fonts.VerticalMetrics(fonts.Font(style));
        var height = style.Size * leading;
        var baseline = (height - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
        var lines = new List<TextLine>();
        foreach (var (lineWords, last) in Fill(words, width))
            lines.Add(Place(lineWords, width, align, last, height, baseline));
        if (lines.Count == 0) lines.Add(new TextLine([], 0, height, baseline));
        return lines;
    }

    private static List<(List<TextWord> Words, bool Last)> Fill(IReadOnlyList<TextWord> words, float width)
    {
        var lines = new List<(List<TextWord> Words, bool Last)>();
        var line = new List<TextWord>();
        var lineWidth = 0f;
        void Add(TextWord word)
        {
            var gap = line.Count == 0 ? 0 : line[^1].SpaceAfter;
            if (line.Count > 0 && lineWidth + gap + word.Width > width + Tolerance)
            {
                lines.Add((line, false));
                line = [];
                lineWidth = 0;
                gap = 0;
            }
            line.Add(word);
            lineWidth += gap + word.Width;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var original = words[i];
            // Most words fit a line whole; only the rare wider one is cut into pieces.
            if (original.Width <= width + Tolerance) Add(original);
            else foreach (var piece in Pieces(original, width)) Add(piece);
            if (!original.HardBreak) continue;
            lines.Add((line, true));
            line = [];
            lineWidth = 0;
        }
        if (line.Count > 0) lines.Add((line, true));
        return lines;
    }

    /// <summary>A word wider than a line, cut into pieces that each fit.</summary>
    private static List<TextWord> Pieces(TextWord word, float width)
    {
        var pieces = new List<TextWord>();
        var current = new List<TextAtom>();
        var currentWidth = 0f;
        foreach (var atom in word.Atoms)
        {
            var start = 0;
            for (var i = 0; i < atom.Text.Length; i += char.IsSurrogatePair(atom.Text, i) ? 2 : 1)
            {
                var length = char.IsSurrogatePair(atom.Text, i) ? 2 : 1;
                var charWidth = atom.Font.Measure(atom.Text.Substring(i, length));
                if (currentWidth + charWidth > width + Tolerance && (currentWidth > 0 || i > start))
                {
                    if (i > start) current.Add(Slice(atom, start, i, last: false));
                    pieces.Add(new TextWord(current));
                    current = [];
                    currentWidth = 0;
                    start = i;
                }
                currentWidth += charWidth;
            }
            if (start < atom.Text.Length) current.Add(Slice(atom, start, atom.Text.Length, last: true));
        }
        if (current.Count > 0) pieces.Add(new TextWord(current));
        return pieces;
    }

    private static TextAtom Slice(TextAtom atom, int start, int end, bool last)
    {
        var text = atom.Text[start..end];
        return last
            ? atom with { Text = text, Width = atom.Font.Measure(text) }
            : atom with { Text = text, Width = atom.Font.Measure(text), SpaceAfter = 0, BreakAfter = true, HardBreak = false };
    }

    private static TextLine Place(List<TextWord> words, float width, TextAlign align, bool last, float height, float baseline)
    {
        var natural = 0f;
        var gaps = 0;
        for (var i = 0; i < words.Count; i++)
        {
            natural += words[i].Width;
            if (i == words.Count - 1) continue;
            natural += words[i].SpaceAfter;
            if (words[i].SpaceAfter > 0) gaps++;
        }
        var stretch = align == TextAlign.Justify && !last && gaps > 0 ? (width - natural) / gaps : 0;
        var x = align switch
        {
            TextAlign.Center => Math.Max(0, (width - natural) / 2),
            TextAlign.Right => Math.Max(0, width - natural),
            _ => 0f,
        };
        var placed = new List<PlacedAtom>();
        for (var i = 0; i < words.Count; i++)
        {
            var atoms = words[i].Atoms;
            for (var a = 0; a < atoms.Count; a++)
            {
                var atom = atoms[a];
                // A space at the end of a line is not drawn: it would stick out past the margin.
                if (i == words.Count - 1 && a == atoms.Count - 1 && atom.SpaceAfter > 0) atom = atom with { SpaceAfter = 0 };
                placed.Add(new PlacedAtom(x, atom));
                x += atom.Width;
            }
            if (words[i].SpaceAfter > 0) x += words[i].SpaceAfter + stretch;
        }
        return new TextLine(placed, align == TextAlign.Justify && !last ? width : natural, height, baseline);
    }
}
