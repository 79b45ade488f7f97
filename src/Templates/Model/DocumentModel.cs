namespace DocFlow.Templates.Model;

/// <summary>One document as a tree of blocks. Both writers (DOCX, PDF) and the signing page's HTML read this, so they say the same words.</summary>
public sealed record DocumentModel(DocumentInfo Info, IReadOnlyList<Block> Blocks);
