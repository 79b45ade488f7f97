namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>The PDF could not be read where the seal needs it (xref, trailer, catalog, pages).</summary>
public sealed class PdfSyntaxException(string message) : Exception(message);
