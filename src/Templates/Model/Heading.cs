namespace DocFlow.Templates.Model;

/// <summary>
/// Level 1: the document title (centred). Level 2: a numbered section when Number is set ("1."), else a plain heading.
/// Level 3: a sub-heading. Kept with the block that follows it.
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Text, string? Number = null) : Block;
