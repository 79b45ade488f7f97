using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;
using DocFlow.Templates.Rendering;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>
/// Each PDF of every shipped sample, read back with PdfPig, carries what a signer needs to check: the parties, the
/// figures as the locale prints them, the total in words, every option, every scenario step and expected result,
/// and what is out of scope. Text is compared without whitespace, so line and page breaks do not matter.
/// </summary>
public sealed class SampleContentTests
{
    private readonly DocumentRenderer _renderer = new();

    private string Pdf(DocumentContext context, DocumentKind kind) =>
        DocumentText.Pdf(_renderer.Render(context, kind, RenderFormat.Pdf).Content);

    private static void Has(string text, string expected, string what) =>
        Assert.True(text.Contains(DocumentText.Squeeze(expected), StringComparison.Ordinal), $"{what} missing: '{expected}'");

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void Contract_names_the_parties_and_carries_total_vat_words_and_invoices(string sample)
    {
        var context = RealSamples.Context(sample);
        var (agreement, plan) = (context.Agreement, context.Plan);
        var text = Pdf(context, DocumentKind.Contract);

        Has(text, agreement.Contractor.Name, "contractor");
        Has(text, agreement.Client.Name, "client");
        Has(text, agreement.Number, "number");
        Has(text, DocumentText.Money(plan.Totals.Total, agreement.Locale), "total");
        Has(text, AmountInWords.Format(plan.Totals.Total, agreement.Currency, agreement.Locale), "total in words");
        if (plan.Totals.Vat > 0) Has(text, DocumentText.Money(plan.Totals.Vat, agreement.Locale), "VAT");
        Assert.All(plan.Invoices, i => Has(text, DocumentText.Money(i.Amount, agreement.Locale), $"invoice {i.Number}"));
    }

    [Fact]
    public void Russian_contract_prints_the_hand_computed_figures()
    {
        // ru-prepayment: 7 options, 184 h × 3 500 = 644 000 including VAT 22 %: 644 000 × 22 / 122 = 116 131,15;
        // 70 % prepayment = 450 800, the rest 193 200.
        var text = Pdf(RealSamples.Context("ru-prepayment"), DocumentKind.Contract);

        Has(text, "644 000,00 (шестьсот сорок четыре тысячи) рублей 00 копеек", "total in words");
        Has(text, "НДС 22 % — 116 131,15", "VAT");
        Has(text, "450 800,00", "prepayment invoice");
        Has(text, "193 200,00", "final invoice");
    }

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void Specification_lists_every_option_with_its_price_and_the_exclusions(string sample)
    {
        var context = RealSamples.Context(sample);
        var (agreement, plan) = (context.Agreement, context.Plan);
        var text = Pdf(context, DocumentKind.Specification);

        Assert.All(plan.Options, o =>
        {
            Has(text, o.Title, "option title");
            Has(text, DocumentText.Money(o.Price, agreement.Locale), $"price of {o.Id}");
        });
        Assert.All(plan.Stages, s => Has(text, DocumentText.Money(s.Amount, agreement.Locale), $"amount of stage {s.Id}"));
        Assert.All(agreement.Project.OutOfScope, item => Has(text, item, "exclusion"));
        Has(text, DocumentText.Money(plan.Totals.Total, agreement.Locale), "total");
        Has(text, AmountInWords.Format(plan.Totals.Total, agreement.Currency, agreement.Locale), "total in words");
        Has(text, agreement.Client.Name, "client");
    }

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void Acceptance_carries_every_scenario_step_and_expected_result(string sample)
    {
        var context = RealSamples.Context(sample);
        var text = Pdf(context, DocumentKind.Acceptance);

        foreach (var option in context.Agreement.Options)
        {
            Has(text, option.Title, "option title");
            foreach (var scenario in option.Acceptance)
            {
                Has(text, scenario.Title, "scenario title");
                Assert.All(scenario.Steps, step => Has(text, step, "step"));
                Assert.All(scenario.Expected, expected => Has(text, expected, "expected result"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void Each_act_carries_its_stage_options_and_amount(string sample)
    {
        var context = RealSamples.Context(sample);
        var (agreement, plan) = (context.Agreement, context.Plan);
        foreach (var stage in plan.Stages)
        {
            var text = Pdf(context, DocumentKind.Act(stage.Id));
            Has(text, DocumentText.Money(stage.AmountWithVat, agreement.Locale), $"act {stage.Id} amount");
            Assert.All(plan.Options.Where(o => o.Stage == stage.Id), o => Has(text, o.Title, "option of the stage"));
            Assert.DoesNotContain(plan.Options.Where(o => o.Stage != stage.Id), o => text.Contains(DocumentText.Squeeze(o.Title), StringComparison.Ordinal));
            Has(text, agreement.Contractor.Name, "contractor");
        }
    }

    [Fact]
    public void Termination_states_paid_delivered_and_refund()
    {
        // ru-prepayment: stage s1 (140 000) ends 14.04.2026, s2 (406 000) ends 13.05.2026. Terminated 20.04.2026 after
        // paying the 70 % prepayment 450 800: delivered 140 000, refund 450 800 − 140 000 = 310 800.
        var context = RealSamples.Context("ru-prepayment");
        context = context with { Termination = DocFlow.Agreements.Termination.TerminationCalculator.Compute(context.Plan, new DateOnly(2026, 4, 20), 450_800m, ["s1"]) };
        var text = Pdf(context, DocumentKind.Termination);

        Has(text, "450 800,00", "paid");
        Has(text, "140 000,00", "delivered");
        Has(text, "310 800,00", "refund");
        Has(text, "20.04.2026", "date");
    }
}
