namespace DocFlow.Templates.Model;

/// <summary>A block-level element of a document. Each writer has one small renderer per block type.</summary>
public abstract record Block;
