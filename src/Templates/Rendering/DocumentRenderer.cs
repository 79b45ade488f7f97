using DocFlow.Templates.Docx;
using DocFlow.Templates.Markdown;
using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf;
using DocFlow.Templates.Building;
using DocFlow.Templates.ViewModels;

namespace DocFlow.Templates.Rendering;

/// <summary>
/// The façade: context + kind → view model → template (Markdown dialect) → document model → DOCX or PDF bytes.
/// Compiled templates are kept per instance: reuse one renderer (it is thread-safe).
/// </summary>
public sealed class DocumentRenderer
{
    private readonly TemplateCatalog _templates = new();

    public DocumentModel Build(DocumentContext context, DocumentKind kind)
    {
        var markdown = BuildMarkdown(context, kind);
        return MarkdownDocumentMapper.Map(markdown, new LocaleFormat(context.Agreement.Locale, context.Agreement.Currency).Language);
    }

    public RenderedDocument Render(DocumentContext context, DocumentKind kind, DocumentFormat format) =>
        Write(Build(context, kind), kind, format);

    /// <summary>
    /// One document in several formats from a single model: the template and the Markdown parse are the same for
    /// every format, so a full set does them once per document instead of once per file.
    /// </summary>
    public IReadOnlyList<RenderedDocument> Render(DocumentContext context, DocumentKind kind, IReadOnlyList<DocumentFormat> formats)
    {
        var model = Build(context, kind);
        return formats.Select(format => Write(model, kind, format)).ToList();
    }

    /// <summary>One file of a document whose model is already built: the writers are independent, so a caller may run them in parallel.</summary>
    public static RenderedDocument Write(DocumentModel model, DocumentKind kind, DocumentFormat format)
    {
        if (format == DocumentFormat.Docx) return new RenderedDocument(kind, format, new DocxDocumentWriter().Write(model));
        using var pdf = new PdfDocumentWriter();
        return new RenderedDocument(kind, format, pdf.Write(model));
    }

    /// <summary>The template's output before it is parsed: what a template editor sees when checking a change.</summary>
    public string BuildMarkdown(DocumentContext context, DocumentKind kind)
    {
        if (kind == DocumentKind.Termination && context.Termination is null)
            throw new ArgumentException("A termination statement needs context.Termination (date and amount paid).", nameof(kind));
        var model = DocumentViewModelFactory.Create(context, kind);
        return _templates.Render(context.Agreement.Locale, TemplateName(kind), model);
    }

    /// <summary>
    /// The documents of a full set: contract, specification, acceptance, act-{stageId} for every stage, and
    /// termination when the context carries a termination statement.
    /// </summary>
    public static IReadOnlyList<DocumentKind> Kinds(DocumentContext context)
    {
        List<DocumentKind> kinds = [DocumentKind.Contract, DocumentKind.Specification, DocumentKind.Acceptance];
        kinds.AddRange(context.Plan.Stages.Select(s => DocumentKind.Act(s.Id)));
        if (context.Termination is not null) kinds.Add(DocumentKind.Termination);
        return kinds;
    }

    private static string TemplateName(DocumentKind kind) => kind.IsAct ? "act" : kind.Value;
}
