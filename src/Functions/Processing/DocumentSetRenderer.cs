using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Renders the documents of one version (contract, specification, acceptance, each as PDF and DOCX) in parallel,
/// bounded by a process-wide gate so a burst of creates does not start hundreds of renders at once. One job per
/// document: its model is built once and written in both formats (the formats share all work up to the writers).
/// </summary>
public sealed class DocumentSetRenderer(IAgreementEngine engine, RenderGate gate)
{
    public static IReadOnlyList<DocumentKind> DraftKinds { get; } =
        [DocumentKind.Contract, DocumentKind.Specification, DocumentKind.Acceptance];

    public static IReadOnlyList<OutputFormat> Formats { get; } = [OutputFormat.Pdf, OutputFormat.Docx];

    public async Task<IReadOnlyList<RenderedDocument>> RenderAsync(DocumentContext context, IReadOnlyList<DocumentKind> kinds,
        CancellationToken cancellationToken)
    {
        var jobs = kinds.Select(kind => gate.RunAsync(() => engine.Render(context, kind, Formats), cancellationToken));
        return (await Task.WhenAll(jobs)).SelectMany(documents => documents).ToList();
    }

    public Task<RenderedDocument> RenderOneAsync(DocumentContext context, DocumentKind kind, OutputFormat format,
        CancellationToken cancellationToken) =>
        gate.RunAsync(() => engine.Render(context, kind, format), cancellationToken);
}
