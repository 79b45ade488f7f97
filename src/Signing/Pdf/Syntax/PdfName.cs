namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A name without its slash, #xx escapes decoded (Latin-1).</summary>
internal sealed record PdfName(string Value) : PdfValue;
