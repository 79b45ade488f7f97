using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Validation;
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
    RenderedDocument Render(DocumentContext context, DocumentKind kind, OutputFormat format);
    /// <summary>One document in several formats; the production engine builds its model once for all of them.</summary>
    IReadOnlyList<RenderedDocument> Render(DocumentContext context, DocumentKind kind, IReadOnlyList<OutputFormat> formats) =>
        formats.Select(format => Render(context, kind, format)).ToList();
    /// <summary>The same document model as <see cref="Render"/>, as the escaped HTML fragment the signing page shows.</summary>
    string RenderHtml(DocumentContext context, DocumentKind kind);
    string SchemaJson { get; }
}
