namespace DocFlow.Templates.Pdf.Layout;

/// <summary>A laid-out row. Splitting cuts every cell at the same height, so a tall row continues on the next page.</summary>
// Built with new, never `with`: a `with` copy would keep the old Height.
internal sealed record TableRowLayout(IReadOnlyList<TableCellLayout> Cells, bool Header, bool Emphasis, float Padding)
{
    public float Height { get; } = Cells.Count == 0 ? 2 * Padding : Cells.Max(c => c.TextHeight) + 2 * Padding;

    /// <summary>The part of the row that fits in the height (null if not one line does) and the rest.</summary>
    public (TableRowLayout? Head, TableRowLayout Tail) Split(float height)
    {
        var textHeight = height - 2 * Padding;
        var counts = Cells.Select(c => c.LinesWithin(textHeight)).ToList();
        if (counts.All(c => c == 0)) return (null, this);
        var head = new TableRowLayout(Cells.Select((c, i) => c.Take(counts[i])).ToList(), Header, Emphasis, Padding);
        var tail = new TableRowLayout(Cells.Select((c, i) => c.Skip(counts[i])).ToList(), Header, Emphasis, Padding);
        return (head, tail);
    }
}
