namespace DocFlow.Templates.Model;

public sealed record Paragraph(IReadOnlyList<Inline> Text, TextAlign Align = TextAlign.Justify) : Block;
