using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;

namespace DocFlow.Templates.ViewModels;

/// <summary>Stages and options of the plan, joined with what the agreement says about them, formatted.</summary>
internal sealed class StageViewFactory(Agreement agreement, AgreementPlan plan, LocaleFormat format)
{
    public IReadOnlyList<StageView> Stages()
    {
        var options = Options();
        return plan.Stages.Select((stage, i) => Stage(stage, i + 1, options)).ToList();
    }

    public IReadOnlyList<OptionView> Options()
    {
        var stageNumbers = plan.Stages.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number);
        return plan.Options.Select((option, i) => Option(option, i + 1, stageNumbers)).ToList();
    }

    private StageView Stage(StagePlan stage, int number, IReadOnlyList<OptionView> options) => new()
    {
        Number = number,
        Id = stage.Id,
        Title = stage.Title,
        Description = agreement.Stages.FirstOrDefault(s => s.Id == stage.Id)?.Description,
        Hours = format.Number(stage.Hours),
        Amount = format.Money(stage.Amount),
        Vat = format.Money(stage.Vat),
        AmountWithVat = format.Money(stage.AmountWithVat),
        Start = format.Date(stage.Start),
        End = format.Date(stage.End),
        DeliveredValue = format.Money(plan.DeliveredValueAfterStage.FirstOrDefault(d => d.StageId == stage.Id)?.Value ?? 0m),
        Options = options.Where(o => plan.Options[o.Number - 1].Stage == stage.Id).ToList(),
    };

    private OptionView Option(OptionPlan option, int number, Dictionary<string, int> stageNumbers)
    {
        var source = agreement.Options.First(o => o.Id == option.Id);
        var stageNumber = stageNumbers.GetValueOrDefault(option.Stage);
        return new OptionView
        {
            Number = number,
            Id = option.Id,
            StageNumber = stageNumber,
            StageTitle = stageNumber > 0 ? plan.Stages[stageNumber - 1].Title : option.Stage,
            Title = option.Title,
            Description = source.Description,
            Hours = format.Number(option.Hours),
            Price = format.Money(option.Price),
            PriceWithVat = format.Money(option.PriceWithVat),
            RevisionsIncluded = option.RevisionsIncluded,
            Start = format.Date(option.Start),
            End = format.Date(option.End),
            Refundable = format.Money(plan.Refunds.FirstOrDefault(r => r.OptionId == option.Id)?.RefundableUntilDelivered ?? 0m),
            Scenarios = source.Acceptance.Select((s, i) => Scenario(s, $"{number}.{i + 1}")).ToList(),
        };
    }

    private static ScenarioView Scenario(Scenario scenario, string number) =>
        new(number, scenario.Title, scenario.Preconditions, scenario.Steps, scenario.Expected);
}
