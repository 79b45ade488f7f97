using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>One object of an incremental update: a new number, or an existing number whose newer version replaces it.</summary>
internal sealed record ObjectToWrite(int Number, int Generation, PdfValue Value);
