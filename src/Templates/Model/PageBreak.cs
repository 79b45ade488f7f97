namespace DocFlow.Templates.Model;

public sealed record PageBreak : Block;
