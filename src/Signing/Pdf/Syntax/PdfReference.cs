namespace DocFlow.Signing.Pdf.Syntax;

internal sealed record PdfReference(int Number, int Generation) : PdfValue;
