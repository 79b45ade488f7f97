namespace DocFlow.Templates.Docx.Blocks;

/// <summary>w:spacing in twips: space before and after, and a line height when it must be exact.</summary>
internal readonly record struct Spacing(int Before, int After, int? ExactLine = null);
