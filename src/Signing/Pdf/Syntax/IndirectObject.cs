namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>An "N G obj ... endobj" as read; StreamStart is where a stream's data begins, when it is a stream.</summary>
internal sealed record IndirectObject(int Number, int Generation, PdfValue Value, int? StreamStart);
