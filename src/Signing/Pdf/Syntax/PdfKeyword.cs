namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A bare word that is not a value (obj, endobj, stream, xref, trailer...).</summary>
internal sealed record PdfKeyword(string Word) : PdfValue;
