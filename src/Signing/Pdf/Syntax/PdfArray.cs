namespace DocFlow.Signing.Pdf.Syntax;

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue;
