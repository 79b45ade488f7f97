using System.Diagnostics;
using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Templates.Rendering;
using OutputFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Bench;

/// <summary>Renders the full document set (every kind, DOCX and PDF) of one agreement and times it.</summary>
public sealed class DocumentSetBenchmark(DocumentRenderer renderer)
{
    public IReadOnlyList<RenderedDocument> RenderSet(Agreement agreement)
    {
        var plan = new AgreementPlanner().Plan(agreement);
        var context = new DocumentContext { Agreement = agreement, Plan = plan, Fingerprint = AgreementFingerprint.Compute(agreement) };
        var kinds = new[] { DocumentKind.Contract, DocumentKind.Specification, DocumentKind.Acceptance }
            .Concat(agreement.Stages.Select(s => DocumentKind.Act(s.Id)));
        // As the API renders a set: one model per document, written as DOCX and PDF.
        return kinds.SelectMany(kind => renderer.Render(context, kind, [OutputFormat.Docx, OutputFormat.Pdf])).ToList();
    }

    /// <summary>Median wall and CPU time of <paramref name="runs"/> renders after <paramref name="warmups"/> unmeasured ones.</summary>
    public Timing Median(Agreement agreement, int warmups, int runs)
    {
        for (var i = 0; i < warmups; i++) RenderSet(agreement);
        var times = new List<Timing>();
        for (var i = 0; i < runs; i++)
        {
            var cpu = CpuClock.Process();
            var watch = Stopwatch.StartNew();
            RenderSet(agreement);
            times.Add(new Timing(watch.Elapsed, CpuClock.Process() - cpu));
        }
        return Timing.Median(times);
    }
}
