namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// The parties side by side, in bands of equal columns. Never split: it moves to the next page whole. Only a block
/// taller than a whole page (many parties) is cut, and then only between bands.
/// </summary>
internal sealed class SignatureElement(
    IReadOnlyList<IReadOnlyList<SignatureColumn>> bands,
    float columnWidth,
    float columnGap,
    float bandGap,
    float spaceBefore,
    float spaceAfter) : ILayoutElement
{
    public float Height { get; } = bands.Sum(b => b.Max(c => c.Height)) + bandGap * Math.Max(0, bands.Count - 1);
    public float SpaceBefore => spaceBefore;
    public float SpaceAfter => spaceAfter;
    public bool KeepWithNext => false;

    public ElementSplit Split(float available, bool pageIsEmpty)
    {
        if (!pageIsEmpty || bands.Count < 2) return pageIsEmpty ? new(this, null) : new(null, this);
        var count = 1;
        var used = BandHeight(0);
        while (count < bands.Count && used + bandGap + BandHeight(count) <= available) used += bandGap + BandHeight(count++);
        var head = new SignatureElement(bands.Take(count).ToList(), columnWidth, columnGap, bandGap, spaceBefore, 0);
        var tail = new SignatureElement(bands.Skip(count).ToList(), columnWidth, columnGap, bandGap, 0, spaceAfter);
        return new(head, tail);
    }

    public void Draw(DrawContext context, float x, float y)
    {
        for (var b = 0; b < bands.Count; b++)
        {
            for (var c = 0; c < bands[b].Count; c++)
                foreach (var (offset, line) in bands[b][c].Lines)
                    line.Draw(context, x + c * (columnWidth + columnGap), y + offset);
            y += BandHeight(b) + bandGap;
        }
    }

    private float BandHeight(int band) => bands[band].Max(c => c.Height);
}
