namespace DocFlow.Templates.Model;

public enum TextAlign { Left, Center, Right, Justify }
