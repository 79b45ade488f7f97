using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class LargeAgreementTests
{
    [Fact]
    public void Two_hundred_options_build_every_row_and_scenario_once()
    {
        var context = TwoHundredOptions();
        var renderer = new DocumentRenderer();
        // Speed is measured in bench/DocFlow.Bench, never asserted here.
        var specification = renderer.Build(context, DocumentKind.Specification);
        var acceptance = renderer.Build(context, DocumentKind.Acceptance);

        // 200 options + 4 stage rows + 4 subtotals + 3 totals + header.
        Assert.Equal(1 + 200 + 4 + 4 + 3, specification.Blocks.OfType<Table>().First().Rows.Count);
        Assert.Equal(200, acceptance.Blocks.OfType<Heading>().Count(h => h.Level == 2 && ModelText.Runs(h.Text).StartsWith("Опция")));
        var rows = specification.Blocks.OfType<Table>().First().Rows.Select(r => ModelText.Runs(r.Cells[1].Text)).ToList();
        Assert.All(Enumerable.Range(1, 200), i => Assert.Single(rows, r => r == $"Опция номер {i}"));
    }

    private static DocumentContext TwoHundredOptions()
    {
        var stages = Enumerable.Range(1, 4).Select(i => new Stage { Id = $"s{i}", Title = $"Этап {i}" }).ToList();
        var options = Enumerable.Range(1, 200).Select(i => SampleDocuments.Option($"o{i}", $"s{(i - 1) / 50 + 1}", $"Опция номер {i}", 2, 1_000m)).ToList();
        var day = new DateOnly(2026, 3, 2);
        var plan = SampleDocuments.Plan() with
        {
            Stages = stages.Select(s => new StagePlan { Id = s.Id, Title = s.Title, Hours = 100, Amount = 50_000m, Vat = 10_000m, AmountWithVat = 60_000m, Start = day, End = day }).ToList(),
            Options = options.Select(o => new OptionPlan { Id = o.Id, Stage = o.Stage, Title = o.Title, Hours = 2, Price = 1_000m, PriceWithVat = 1_200m, RevisionsIncluded = 2, Start = day, End = day }).ToList(),
            Refunds = options.Select(o => new RefundLine(o.Id, 1_200m)).ToList(),
            DeliveredValueAfterStage = stages.Select((s, i) => new DeliveredValue(s.Id, 60_000m * (i + 1))).ToList(),
        };
        return SampleDocuments.Context(change: a => a with { Stages = stages, Options = options }) with { Plan = plan };
    }
}
