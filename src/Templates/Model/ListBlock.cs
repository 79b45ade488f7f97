namespace DocFlow.Templates.Model;

/// <summary>A bulleted or numbered list; numbered items print "1)", "2)".</summary>
public sealed record ListBlock(bool Ordered, IReadOnlyList<IReadOnlyList<Inline>> Items) : Block;
