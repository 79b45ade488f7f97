namespace DocFlow.Templates.Model;

/// <summary>
/// A table whose first HeaderRows rows repeat on every page it spans. Column widths are relative weights.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, int HeaderRows = 1) : Block;
