namespace DocFlow.Signing.Pdf.Syntax;

internal sealed record PdfBoolean(bool Value) : PdfValue;
