using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Renders the documents of one version (contract, specification, acceptance, each as PDF and DOCX) in parallel,
/// bounded by a process-wide gate so a burst of creates does not start hundreds of renders at once. Each document's
/// model is built once; its PDF and its DOCX are then written as jobs of their own, so a lone request keeps every
/// core busy until its last file is done instead of waiting on one document written twice in a row.
/// </summary>
public sealed class DocumentSetRenderer(IAgreementEngine engine, RenderGate gate)
{
    public static IReadOnlyList<DocumentKind> DraftKinds { get; } =
        [DocumentKind.Contract, DocumentKind.Specification, DocumentKind.Acceptance];

    /// <summary>Starts every file of the documents; each task ends with its file rendered. Per document: its PDF, then its DOCX.</summary>
    public IReadOnlyList<Task<RenderedDocument>> Start(DocumentContext context, IReadOnlyList<DocumentKind> kinds,
        CancellationToken cancellationToken) =>
        kinds.SelectMany(kind =>
        {
            var model = gate.RunAsync(() => engine.Build(context, kind), cancellationToken);
            // The DOCX is queued first: it is written in a fraction of a PDF's time and is the larger upload (its
            // fonts are embedded whole), so its upload overlaps the PDFs still rendering instead of ending the request.
            var docx = WriteAsync(model, kind, OutputFormat.Docx, cancellationToken);
            var pdf = WriteAsync(model, kind, OutputFormat.Pdf, cancellationToken);
            return new[] { pdf, docx };
        }).ToList();

    public async Task<IReadOnlyList<RenderedDocument>> RenderAsync(DocumentContext context, IReadOnlyList<DocumentKind> kinds,
        CancellationToken cancellationToken) =>
        await Task.WhenAll(Start(context, kinds, cancellationToken));

    public async Task<RenderedDocument> RenderOneAsync(DocumentContext context, DocumentKind kind, OutputFormat format,
        CancellationToken cancellationToken) =>
        await WriteAsync(gate.RunAsync(() => engine.Build(context, kind), cancellationToken), kind, format, cancellationToken);

    private async Task<RenderedDocument> WriteAsync(Task<DocumentModel> model, DocumentKind kind, OutputFormat format,
        CancellationToken cancellationToken)
    {
        // The model's job has left the gate by now: waiting for it inside a slot could hold every slot waiting.
        var built = await model;
        return await gate.RunAsync(() => engine.Write(built, kind, format), cancellationToken);
    }
}
