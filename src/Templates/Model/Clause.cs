namespace DocFlow.Templates.Model;

/// <summary>
/// A numbered contract clause. Number is already computed ("2.1.", "2.1.3.") so every writer prints the same;
/// Level is its depth (1 for "2.1.", 2 for "2.1.3.") for indentation and DOCX numbering levels.
/// </summary>
public sealed record Clause(string Number, int Level, IReadOnlyList<Inline> Text) : Block;
