using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Validation;
using DocFlow.Functions.Processing;
using DocFlow.Templates.Rendering;

namespace DocFlow.Integration.Tests.Faults;

/// <summary>The real engine, except that the first render (once armed) runs an action first: "storage dies mid-request".</summary>
public sealed class FaultInjectingEngine(IAgreementEngine inner) : IAgreementEngine
{
    private Func<Task>? beforeNextRender;

    public void Arm(Func<Task> action) => Interlocked.Exchange(ref beforeNextRender, action);

    public ReadResult Read(string json) => inner.Read(json);
    public AgreementPlan Plan(Agreement agreement) => inner.Plan(agreement);
    public string Fingerprint(Agreement agreement) => inner.Fingerprint(agreement);
    public string SchemaJson => inner.SchemaJson;
    public string RenderHtml(DocumentContext context, DocumentKind kind) => inner.RenderHtml(context, kind);

    public RenderedDocument Render(DocumentContext context, DocumentKind kind, OutputFormat format)
    {
        Interlocked.Exchange(ref beforeNextRender, null)?.Invoke().GetAwaiter().GetResult();
        return inner.Render(context, kind, format);
    }
}
