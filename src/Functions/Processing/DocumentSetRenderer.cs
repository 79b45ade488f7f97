using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>
/// Renders the documents of one version (contract, specification, acceptance, each as PDF and DOCX) in parallel,
/// bounded by a process-wide gate so a burst of creates does not start hundreds of renders at once.
/// </summary>
public sealed class DocumentSetRenderer(IAgreementEngine engine, RenderGate gate)
{
    public static IReadOnlyList<DocumentKind> DraftKinds { get; } =
        [DocumentKind.Contract, DocumentKind.Specification, DocumentKind.Acceptance];

    public static IReadOnlyList<OutputFormat> Formats { get; } = [OutputFormat.Pdf, OutputFormat.Docx];

    public async Task<IReadOnlyList<RenderedDocument>> RenderAsync(DocumentContext context, IReadOnlyList<DocumentKind> kinds,
        CancellationToken cancellationToken)
    {
        var jobs = kinds.SelectMany(kind => Formats.Select(format => RenderOneAsync(context, kind, format, cancellationToken)));
        return await Task.WhenAll(jobs);
    }

    public Task<RenderedDocument> RenderOneAsync(DocumentContext context, DocumentKind kind, OutputFormat format,
        CancellationToken cancellationToken) =>
        gate.RunAsync(() => engine.Render(context, kind, format), cancellationToken);
}
