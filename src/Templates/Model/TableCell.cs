namespace DocFlow.Templates.Model;

/// <summary>A cell; ColumnSpan &gt; 1 merges it with the cells to its right (e.g. a "Stage 1" row across the table).</summary>
public sealed record TableCell(IReadOnlyList<Inline> Text, int ColumnSpan = 1);
