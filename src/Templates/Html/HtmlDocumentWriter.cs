using DocFlow.Templates.Model;

namespace DocFlow.Templates.Html;

/// <summary>Document model → an HTML fragment (escaped) for reading a document on the signing page.</summary>
public sealed class HtmlDocumentWriter
{
    public string Write(DocumentModel document) => throw new NotImplementedException();
}
