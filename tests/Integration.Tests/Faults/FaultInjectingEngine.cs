using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Validation;
using DocFlow.Functions.Processing;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;

namespace DocFlow.Integration.Tests.Faults;

/// <summary>The real engine, except that the first file written (once armed) runs an action first: "storage dies mid-request".</summary>
public sealed class FaultInjectingEngine(IAgreementEngine inner) : IAgreementEngine
{
    private Func<Task>? beforeNextRender;

    public void Arm(Func<Task> action) => Interlocked.Exchange(ref beforeNextRender, action);

    public ReadResult Read(string json) => inner.Read(json);
    public AgreementPlan Plan(Agreement agreement) => inner.Plan(agreement);
    public string Fingerprint(Agreement agreement) => inner.Fingerprint(agreement);
    public string SchemaJson => inner.SchemaJson;
    public string RenderHtml(DocumentContext context, DocumentKind kind) => inner.RenderHtml(context, kind);

    public DocumentModel Build(DocumentContext context, DocumentKind kind) => inner.Build(context, kind);

    // On a file's write rather than a model's build: by then the request has looked the agreement up and is storing,
    // so the outage falls between its writes.
    public RenderedDocument Write(DocumentModel model, DocumentKind kind, OutputFormat format)
    {
        Interlocked.Exchange(ref beforeNextRender, null)?.Invoke().GetAwaiter().GetResult();
        return inner.Write(model, kind, format);
    }
}
