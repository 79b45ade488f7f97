using DocFlow.Templates.Model;

namespace DocFlow.Templates.Rendering;

/// <summary>The façade: context + kind → document model → DOCX or PDF bytes (and HTML for the signing page).</summary>
public sealed class DocumentRenderer
{
    public DocumentModel Build(DocumentContext context, DocumentKind kind) => throw new NotImplementedException();
    public RenderedDocument Render(DocumentContext context, DocumentKind kind, DocumentFormat format) => throw new NotImplementedException();
}
