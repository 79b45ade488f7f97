using DocFlow.Agreements.Calendar;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using FsCheck.Xunit;

namespace DocFlow.Agreements.Tests.Properties;

[Properties(Arbitrary = [typeof(AgreementGenerators)], MaxTest = 300)]
public sealed class PlanProperties
{
    private static readonly AgreementPlanner Planner = new();

    [Property]
    public void Invoices_add_up_to_the_total_and_none_is_zero_or_negative(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);

        Assert.Equal(plan.Totals.Total, plan.Invoices.Sum(i => i.Amount));
        Assert.All(plan.Invoices, i => Assert.True(i.Amount > 0, $"invoice {i.Number} is {i.Amount}"));
        Assert.Equal(Enumerable.Range(1, plan.Invoices.Count), plan.Invoices.Select(i => i.Number));
        Assert.All(plan.Invoices, i => Assert.Equal(agreement.Payment.DueDays, i.DueWorkingDays));
        Assert.All(plan.Invoices, i => Assert.Equal(i.Amount, decimal.Round(i.Amount, 2)));
    }

    [Property]
    public void No_option_starts_or_ends_on_a_non_working_day(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);
        var calendar = WorkingCalendar.From(agreement.Schedule);

        Assert.All(plan.Options, o => Assert.True(calendar.IsWorkingDay(o.Start) && calendar.IsWorkingDay(o.End), o.Id));
        Assert.True(calendar.IsWorkingDay(plan.ProjectEnd));
    }

    [Property]
    public void Dates_never_go_backwards(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);

        Assert.True(plan.Options[0].Start >= agreement.Schedule.Start);
        Assert.All(plan.Options, o => Assert.True(o.Start <= o.End, o.Id));
        for (var i = 1; i < plan.Options.Count; i++)
            Assert.True(plan.Options[i - 1].End <= plan.Options[i].Start, plan.Options[i].Id);
        for (var i = 1; i < plan.Stages.Count; i++)
            Assert.True(plan.Stages[i - 1].End <= plan.Stages[i].Start, plan.Stages[i].Id);
        Assert.True(plan.ProjectEnd >= plan.Stages[^1].End);
    }

    [Property]
    public void The_work_takes_exactly_as_many_working_days_as_its_hours_need(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);
        var calendar = WorkingCalendar.From(agreement.Schedule);
        var first = plan.Options[0].Start;
        var workDays = calendar.WorkingDaysBetween(first, plan.Stages[^1].End) + 1;
        var expectedDays = (int)Math.Ceiling(plan.Totals.Hours / agreement.Schedule.HoursPerDay);

        Assert.Equal(first, calendar.OnOrAfter(agreement.Schedule.Start));
        Assert.Equal(expectedDays, workDays);
        Assert.Equal(plan.BufferDays, calendar.WorkingDaysBetween(plan.Stages[^1].End, plan.ProjectEnd));
    }

    [Property]
    public void Shares_add_up_to_the_total_per_stage_and_overall(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);

        Assert.Equal(plan.Totals.Total, plan.Options.Sum(o => o.PriceWithVat));
        Assert.Equal(plan.Totals.Total, plan.Stages.Sum(s => s.AmountWithVat));
        Assert.Equal(plan.Totals.Vat, plan.Stages.Sum(s => s.Vat));
        Assert.Equal(plan.Totals.Subtotal, plan.Stages.Sum(s => s.Amount));
        Assert.All(plan.Stages, s => Assert.Equal(s.AmountWithVat, plan.Options.Where(o => o.Stage == s.Id).Sum(o => o.PriceWithVat)));
        Assert.All(plan.Options, o => Assert.True(o.PriceWithVat >= 0, o.Id));
        if (agreement.Vat is not { Mode: VatMode.Added })
            Assert.All(plan.Options, o => Assert.Equal(o.Price, o.PriceWithVat));
    }

    [Property]
    public void Totals_follow_the_vat_mode(Agreement agreement)
    {
        var t = Planner.Plan(agreement).Totals;

        var expectedTotal = agreement.Vat is { Mode: VatMode.Added } ? t.Subtotal + t.Vat : t.Subtotal;
        Assert.Equal(expectedTotal, t.Total);
        Assert.True(t.Vat >= 0 && t.Vat <= t.Total);
        if (agreement.Vat is null) Assert.Equal(0m, t.Vat);
    }

    [Property]
    public void Delivered_value_grows_to_the_total_and_refunds_match_option_shares(Agreement agreement)
    {
        var plan = Planner.Plan(agreement);

        Assert.Equal(plan.Totals.Total, plan.DeliveredValueAfterStage[^1].Value);
        for (var i = 1; i < plan.DeliveredValueAfterStage.Count; i++)
            Assert.True(plan.DeliveredValueAfterStage[i - 1].Value <= plan.DeliveredValueAfterStage[i].Value);
        Assert.Equal(plan.Options.Select(o => (o.Id, o.PriceWithVat)), plan.Refunds.Select(r => (r.OptionId, r.RefundableUntilDelivered)));
    }
}
