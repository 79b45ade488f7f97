using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A table: header rows first, repeated at the top of every page it continues on. A row that does not fit moves
/// to the next page whole if it would fit on a fresh page; a row taller than that is split between its lines.
/// The table never leaves its header alone at the bottom of a page.
/// </summary>
internal sealed class TableElement(
    IReadOnlyList<TableRowLayout> header,
    IReadOnlyList<TableRowLayout> body,
    float width,
    float pageHeight,
    float spaceBefore,
    float spaceAfter,
    TableStyle style) : ILayoutElement
{
    private readonly float _headerHeight = header.Sum(r => r.Height);

    public float Height { get; } = header.Sum(r => r.Height) + body.Sum(r => r.Height);
    public float SpaceBefore => spaceBefore;
    public float SpaceAfter => spaceAfter;
    public bool KeepWithNext => false;

    public ElementSplit Split(float available, bool pageIsEmpty)
    {
        var used = _headerHeight;
        var count = 0;
        while (count < body.Count && used + body[count].Height <= available + 0.01f) used += body[count++].Height;
        if (count == body.Count) return pageIsEmpty ? new(this, null) : new(null, this);
        var row = body[count];
        var fitsFreshPage = row.Height <= pageHeight - _headerHeight;
        if (count > 0 && fitsFreshPage) return Cut(count, null, row);
        var (rowHead, rowTail) = fitsFreshPage && !pageIsEmpty ? (null, row) : row.Split(available - used);
        if (count == 0 && rowHead is null && !pageIsEmpty) return new(null, this);
        if (count == 0 && rowHead is null) return Cut(count, null, row.Split(float.MaxValue).Head);
        return Cut(count, rowHead, rowTail);
    }

    public void Draw(DrawContext context, float x, float y)
    {
        foreach (var row in header.Concat(body))
        {
            DrawRow(context, row, x, y);
            y += row.Height;
        }
        context.Line(x, y, x + width, y, style.Rule, style.RuleWidth);
    }

    /// <summary>Head: the first rows (plus the top of a split row); tail: the rest under a repeated header.</summary>
    private ElementSplit Cut(int count, TableRowLayout? rowHead, TableRowLayout? rowTail)
    {
        var headRows = body.Take(count).ToList();
        if (rowHead is not null) headRows.Add(rowHead);
        var tailRows = new List<TableRowLayout>();
        if (rowTail is not null) tailRows.Add(rowTail);
        tailRows.AddRange(body.Skip(count + 1));
        var head = new TableElement(header, headRows, width, pageHeight, spaceBefore, 0, style);
        var tail = tailRows.Count == 0 ? null : new TableElement(header, tailRows, width, pageHeight, 0, spaceAfter, style);
        return new(head, tail);
    }

    private void DrawRow(DrawContext context, TableRowLayout row, float x, float y)
    {
        var fill = row.Header ? style.HeaderFill : row.Emphasis ? style.EmphasisFill : (SKColor?)null;
        if (fill is { } color) context.Rectangle(new SKRect(x, y, x + width, y + row.Height), color);
        context.Line(x, y, x + width, y, style.Rule, style.RuleWidth);
        foreach (var cell in row.Cells)
        {
            var top = y + row.Padding;
            foreach (var line in cell.Lines)
            {
                line.Draw(context, x + cell.X + cell.Inset, top);
                top += line.Height;
            }
            context.Line(x + cell.X, y, x + cell.X, y + row.Height, style.Rule, style.RuleWidth);
        }
        context.Line(x + width, y, x + width, y + row.Height, style.Rule, style.RuleWidth);
    }
}
