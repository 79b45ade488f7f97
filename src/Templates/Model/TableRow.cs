namespace DocFlow.Templates.Model;

/// <summary>Emphasis marks subtotal and total rows (bold, shaded).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool Emphasis = false);
