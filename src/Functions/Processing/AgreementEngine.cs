using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Schema;
using DocFlow.Agreements.Validation;
using DocFlow.Templates.Html;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Processing;

/// <summary>The production engine: the Agreements and Templates libraries as they are.</summary>
public sealed class AgreementEngine : IAgreementEngine
{
    private readonly AgreementReader reader = new();
    private readonly AgreementPlanner planner = new();
    private readonly DocumentRenderer renderer = new();

    public ReadResult Read(string json) => reader.Read(json);
    public AgreementPlan Plan(Agreement agreement) => planner.Plan(agreement);
    public string Fingerprint(Agreement agreement) => AgreementFingerprint.Compute(agreement);
    public DocumentModel Build(DocumentContext context, DocumentKind kind) => renderer.Build(context, kind);
    public RenderedDocument Write(DocumentModel model, DocumentKind kind, OutputFormat format) => DocumentRenderer.Write(model, kind, format);
    public string RenderHtml(DocumentContext context, DocumentKind kind) =>
        new HtmlDocumentWriter().Write(renderer.Build(context, kind));
    public string SchemaJson => AgreementSchema.Text;
}
