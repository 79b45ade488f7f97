namespace DocFlow.Templates.Docx.Package;

/// <summary>One face of the document font, obfuscated for embedding as an .odttf part with its key.</summary>
public sealed record EmbeddedFont(FontFace Face, string Key, byte[] ObfuscatedData);
