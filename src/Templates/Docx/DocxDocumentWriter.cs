using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx;

/// <summary>Document model → valid Open XML WordprocessingML with real styles, clause numbering, header and footer fields.</summary>
public sealed class DocxDocumentWriter
{
    public byte[] Write(DocumentModel document) => throw new NotImplementedException();
}
