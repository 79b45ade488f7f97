using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Templates.Docx;
using DocFlow.Templates.Markdown;
using DocFlow.Templates.Pdf;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.ViewModels;

namespace DocFlow.Bench;

/// <summary>
/// Where a full set's time goes: the same pipeline as <see cref="DocumentRenderer.Render"/> cut into its stages
/// (template → Markdown, Markdown → model, model → PDF, model → DOCX), each summed over the set and reported as the
/// median of several runs. Stages are timed by the rendering thread's CPU clock, which other builds on the machine
/// barely move (wall time would mostly measure them); coarse, but needs no profiler.
/// </summary>
public static class StageBreakdown
{
    private static readonly string[] Stages = ["plan + fingerprint", "template → Markdown", "Markdown → model", "model → PDF", "model → DOCX"];

    public static void Print(Agreement agreement, int runs)
    {
        var renderer = new DocumentRenderer();
        // As the bench itself: tier-1 code, not the first seconds of JIT tiering.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(5)) Measure(renderer, agreement);
        var samples = Enumerable.Range(0, runs).Select(_ => Measure(renderer, agreement)).ToList();
        Console.WriteLine($"| stage ({agreement.Options.Count} options, whole set) | median CPU ms |");
        Console.WriteLine("|---|---|");
        for (var stage = 0; stage < Stages.Length; stage++)
        {
            var sorted = samples.Select(s => s[stage]).Order().ToList();
            Console.WriteLine($"| {Stages[stage]} | {sorted[sorted.Count / 2]:F1} |");
        }
    }

    private static double[] Measure(DocumentRenderer renderer, Agreement agreement)
    {
        var times = new double[Stages.Length];
        var clock = new StageClock();
        var plan = new AgreementPlanner().Plan(agreement);
        var context = new DocumentContext { Agreement = agreement, Plan = plan, Fingerprint = AgreementFingerprint.Compute(agreement) };
        times[0] = clock.Lap();
        var language = new LocaleFormat(agreement.Locale, agreement.Currency).Language;
        foreach (var kind in DocumentRenderer.Kinds(context))
        {
            // One model per document, written in both formats, as DocumentRenderer.Render(context, kind, formats) does.
            clock.Lap();
            var markdown = renderer.BuildMarkdown(context, kind);
            times[1] += clock.Lap();
            var model = MarkdownDocumentMapper.Map(markdown, language);
            times[2] += clock.Lap();
            using (var pdf = new PdfDocumentWriter()) pdf.Write(model);
            times[3] += clock.Lap();
            new DocxDocumentWriter().Write(model);
            times[4] += clock.Lap();
        }
        return times;
    }
}
