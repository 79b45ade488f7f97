using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>Text written verbatim: the signature's fixed-width placeholders, which are filled in after layout.</summary>
internal sealed record PdfRaw(string Text) : PdfValue;
