using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Validation;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// The pure work behind the API (read, plan, fingerprint, render) behind one seam, so the HTTP and storage machinery
/// can be tested on its own and the pure libraries stay free of I/O.
/// </summary>
public interface IAgreementEngine
{
    ReadResult Read(string json);
    AgreementPlan Plan(Agreement agreement);
    string Fingerprint(Agreement agreement);
    /// <summary>A document's model: the template filled in and parsed, shared by every format written from it.</summary>
    DocumentModel Build(DocumentContext context, DocumentKind kind);

    /// <summary>One file of a document from its model.</summary>
    RenderedDocument Write(DocumentModel model, DocumentKind kind, OutputFormat format);

    /// <summary>The same document model as <see cref="Build"/>, as the escaped HTML fragment the signing page shows.</summary>
    string RenderHtml(DocumentContext context, DocumentKind kind);
    string SchemaJson { get; }
}
