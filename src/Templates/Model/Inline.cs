namespace DocFlow.Templates.Model;

/// <summary>A run of text with one style. Text is literal: writers escape it for their format.</summary>
public sealed record Inline(string Text, bool Bold = false, bool Italic = false);
