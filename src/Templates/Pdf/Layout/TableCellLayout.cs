namespace DocFlow.Templates.Pdf.Layout;

/// <summary>A cell's lines; X is its left edge within the table, Inset the horizontal padding before the text.</summary>
// Built with new, never `with`: a `with` copy would keep the old TextHeight.
internal sealed record TableCellLayout(float X, float Inset, IReadOnlyList<TextLine> Lines)
{
    public float TextHeight { get; } = Lines.Sum(l => l.Height);

    /// <summary>How many of the first lines fit in the height.</summary>
    public int LinesWithin(float height)
    {
        var count = 0;
        var used = 0f;
        while (count < Lines.Count && used + Lines[count].Height <= height + 0.01f) used += Lines[count++].Height;
        return count;
    }

    public TableCellLayout Take(int count) => new(X, Inset, Lines.Take(count).ToList());

    public TableCellLayout Skip(int count) => new(X, Inset, Lines.Skip(count).ToList());
}
