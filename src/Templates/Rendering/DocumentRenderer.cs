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

    public RenderedDocument Render(DocumentContext context, DocumentKind kind, DocumentFormat format)
    {
        var model = Build(context, kind);
        var bytes = format == DocumentFormat.Pdf ? new PdfDocumentWriter().Write(model) : new DocxDocumentWriter().Write(model);
        return new RenderedDocument(kind, format, bytes);
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
