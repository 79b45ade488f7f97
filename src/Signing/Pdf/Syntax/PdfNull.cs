namespace DocFlow.Signing.Pdf.Syntax;

internal sealed record PdfNull : PdfValue;
