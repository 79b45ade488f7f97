using DocFlow.Templates.Model;

namespace DocFlow.Templates.Pdf;

/// <summary>Document model → A4 PDF with embedded, subset fonts, running header/footer and "page N of M".</summary>
public sealed class PdfDocumentWriter
{
    public byte[] Write(DocumentModel document) => throw new NotImplementedException();
}
