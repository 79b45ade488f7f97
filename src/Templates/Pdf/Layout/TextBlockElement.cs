namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// Lines of text at an indent, with an optional marker (clause number, bullet) hanging in the indent of the first
/// line. Splits between lines, keeping at least two lines on each side when the paragraph is long enough.
/// </summary>
internal sealed class TextBlockElement(
    IReadOnlyList<TextLine> lines,
    float indent,
    float spaceBefore,
    float spaceAfter,
    bool keepWithNext = false,
    TextLine? marker = null,
    float markerIndent = 0) : ILayoutElement
{
    private const int MinLinesPerSide = 2;

    public float Height { get; } = lines.Sum(l => l.Height);
    public float SpaceBefore => spaceBefore;
    public float SpaceAfter => spaceAfter;
    public bool KeepWithNext => keepWithNext;

    public ElementSplit Split(float available, bool pageIsEmpty)
    {
        var fit = 0;
        var used = 0f;
        while (fit < lines.Count && used + lines[fit].Height <= available + 0.01f) used += lines[++fit - 1].Height;
        var minimum = lines.Count >= 2 * MinLinesPerSide ? MinLinesPerSide : lines.Count;
        if (lines.Count - fit < MinLinesPerSide && lines.Count >= 2 * MinLinesPerSide) fit = lines.Count - MinLinesPerSide;
        if (fit < minimum && !pageIsEmpty) return new(null, this);
        fit = Math.Max(fit, 1);
        var head = new TextBlockElement(lines.Take(fit).ToList(), indent, spaceBefore, 0, false, marker, markerIndent);
        var tail = new TextBlockElement(lines.Skip(fit).ToList(), indent, 0, spaceAfter, keepWithNext);
        return new(head, tail);
    }

    public void Draw(DrawContext context, float x, float y)
    {
        marker?.Draw(context, x + markerIndent, y);
        foreach (var line in lines)
        {
            line.Draw(context, x + indent, y);
            y += line.Height;
        }
    }
}
