using DocFlow.Agreements.Calendar;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Planning;

/// <summary>Agreement in, computed plan out: the arithmetic of shared/spec/agreement.md, "Computation rules".</summary>
/// <remarks>
/// Expects a valid agreement (AgreementReader's job); on one it cannot compute — an option without price or rate,
/// an option of an unknown stage — it throws <see cref="InvalidOperationException"/> rather than guess; on a schedule
/// it cannot lay out (hoursPerDay ≤ 0, an unknown or empty working week, hours ≤ 0) an <see cref="ArgumentException"/>.
/// Stages and options come out in delivery order: stages as listed, each stage's options in their listed order.
/// </remarks>
public sealed class AgreementPlanner
{
    public AgreementPlan Plan(Agreement agreement)
    {
        var options = InDeliveryOrder(agreement);
        var prices = options.Select(option => PriceOf(option, agreement.Rate)).ToArray();
        var split = VatSplit.Of(prices.Sum(), agreement.Vat);
        var optionGross = ShareCutter.Cut(prices, split.Total);

        var calendar = WorkingCalendar.From(agreement.Schedule);
        var scheduler = new WorkScheduler(calendar, agreement.Schedule.Start, agreement.Schedule.HoursPerDay);
        var optionPlans = options.Select((option, i) => PlanOption(option, prices[i], optionGross[i], scheduler.Schedule(option.Hours), agreement.Terms)).ToList();
        var stagePlans = PlanStages(agreement.Stages, optionPlans, split, scheduler.NextWorkDay);

        var totalHours = options.Sum(option => option.Hours);
        var bufferDays = BufferDays(totalHours, agreement.Schedule);

        return new AgreementPlan
        {
            // The buffer follows the day the last hour is worked, i.e. the last stage's end.
            ProjectEnd = calendar.AddWorkingDays(scheduler.LastWorkDay, bufferDays),
            BufferDays = bufferDays,
            Totals = Totals(agreement, totalHours, split),
            Stages = stagePlans,
            Options = optionPlans,
            Invoices = InvoiceScheduler.Schedule(agreement.Payment, split.Total, totalHours, stagePlans),
            Refunds = optionPlans.Select(option => new RefundLine(option.Id, option.PriceWithVat)).ToList(),
            DeliveredValueAfterStage = DeliveredValues(stagePlans),
        };
    }

    /// <summary>Grouped by stage in the order of the stages, each group keeping the options' listed order.</summary>
    private static List<Option> InDeliveryOrder(Agreement agreement)
    {
        var stageIds = agreement.Stages.Select(stage => stage.Id).ToHashSet();
        var stray = agreement.Options.FirstOrDefault(option => !stageIds.Contains(option.Stage));
        if (stray is not null)
            throw new InvalidOperationException($"Option \"{stray.Id}\" belongs to unknown stage \"{stray.Stage}\".");
        return agreement.Stages.SelectMany(stage => agreement.Options.Where(option => option.Stage == stage.Id)).ToList();
    }

    private static decimal PriceOf(Option option, Rate? rate) =>
        option.Price is { } price ? Cents.Round(price)
        : rate is not null ? Cents.Round(option.Hours * rate.Hourly)
        : throw new InvalidOperationException($"Option \"{option.Id}\" has neither a price nor an hourly rate to price it.");

    private static OptionPlan PlanOption(Option option, decimal price, decimal gross, ScheduledWork work, Terms terms) => new()
    {
        Id = option.Id,
        Stage = option.Stage,
        Title = option.Title,
        Hours = option.Hours,
        Price = price,
        PriceWithVat = gross,
        RevisionsIncluded = option.RevisionsIncluded ?? terms.RevisionsIncluded,
        Start = work.Start,
        End = work.End,
    };

    /// <remarks>A stage without options (invalid, but not this class's to reject) is placed where work would resume.</remarks>
    private static List<StagePlan> PlanStages(IReadOnlyList<Stage> stages, List<OptionPlan> options, VatSplit split, DateOnly resumeDay)
    {
        var nets = stages.Select(stage => options.Where(o => o.Stage == stage.Id).Sum(o => o.Price)).ToArray();
        var gross = ShareCutter.Cut(nets, split.Total);
        var vat = ShareCutter.Cut(nets, split.Vat);
        return stages.Select((stage, i) =>
        {
            var own = options.Where(o => o.Stage == stage.Id).ToList();
            return new StagePlan
            {
                Id = stage.Id,
                Title = stage.Title,
                Hours = own.Sum(o => o.Hours),
                Amount = nets[i],
                Vat = vat[i],
                AmountWithVat = gross[i],
                Start = own.Count > 0 ? own[0].Start : resumeDay,
                End = own.Count > 0 ? own[^1].End : resumeDay,
            };
        }).ToList();
    }

    private static int BufferDays(decimal totalHours, Schedule schedule) =>
        (int)Math.Ceiling(totalHours * schedule.BufferPercent / 100 / schedule.HoursPerDay);

    private static PlanTotals Totals(Agreement agreement, decimal totalHours, VatSplit split) => new()
    {
        Hours = totalHours,
        Subtotal = split.Subtotal,
        Vat = split.Vat,
        Total = split.Total,
        RiskReserve = Cents.Round(split.Subtotal * (agreement.RiskReservePercent ?? 0) / 100),
        TotalInWords = AmountInWords.Format(split.Total, agreement.Currency, agreement.Locale),
    };

    private static List<DeliveredValue> DeliveredValues(List<StagePlan> stages)
    {
        decimal cumulative = 0;
        return stages.Select(stage => new DeliveredValue(stage.Id, cumulative += stage.AmountWithVat)).ToList();
    }
}
