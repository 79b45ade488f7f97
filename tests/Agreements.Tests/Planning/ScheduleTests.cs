using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Planning;

/// <summary>Dates worked out by hand on a calendar; weekdays noted next to each.</summary>
public sealed class ScheduleTests
{
    private static readonly AgreementPlanner Planner = new();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Spec_example_ninety_hours_one_a_day_ends_on_the_ninetieth_working_day()
    {
        // Feb 2021: 20 working days; Mar: 23 (43); Apr: 22 (65); May: 21 (86); Jun 1–4 → 90 = Fri 2021-06-04.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2021, 2, 1), hoursPerDay: 1)
            .WithOption("o1", 90, price: 90_000).Build());

        Assert.Equal(D(2021, 2, 1), plan.Options[0].Start);
        Assert.Equal(D(2021, 6, 4), plan.Options[0].End);
        Assert.Equal(D(2021, 6, 4), plan.ProjectEnd);
        Assert.Equal(0, plan.BufferDays);
    }

    [Fact]
    public void Work_crosses_the_year_end_skipping_new_year_holidays()
    {
        // Mon 28, Tue 29, Wed 30, Thu 31 Dec; 1–8 Jan holidays (Fri 1, Mon 4 – Fri 8), weekend 2–3, 9–10 → Mon 11 Jan.
        var holidays = Enumerable.Range(1, 8).Select(day => D(2027, 1, day)).ToList();
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 12, 28), hoursPerDay: 8, holidays: holidays)
            .WithOption("o1", 40, price: 1000).Build());

        Assert.Equal(D(2026, 12, 28), plan.Options[0].Start);
        Assert.Equal(D(2027, 1, 11), plan.Options[0].End);
    }

    [Fact]
    public void A_single_holiday_inside_the_work_pushes_the_end_one_day()
    {
        // Mon 28 – Thu 31 Dec, Fri 1 Jan holiday, Mon 4 Jan is the fifth day.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 12, 28), hoursPerDay: 8, holidays: [D(2027, 1, 1)])
            .WithOption("o1", 40, price: 1000).Build());

        Assert.Equal(D(2027, 1, 4), plan.Options[0].End);
    }

    [Fact]
    public void Start_on_a_saturday_begins_on_monday()
    {
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 7), hoursPerDay: 8)
            .WithOption("o1", 8, price: 1000).Build());

        Assert.Equal(D(2026, 3, 9), plan.Options[0].Start);
        Assert.Equal(D(2026, 3, 9), plan.Options[0].End);
    }

    [Fact]
    public void Start_on_a_holiday_begins_on_the_next_working_day()
    {
        // Mon 2 Mar holiday → Tue 3 Mar.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8, holidays: [D(2026, 3, 2)])
            .WithOption("o1", 16, price: 1000).Build());

        Assert.Equal(D(2026, 3, 3), plan.Options[0].Start);
        Assert.Equal(D(2026, 3, 4), plan.Options[0].End);
    }

    [Fact]
    public void Fractional_hours_continue_on_the_same_day_and_a_full_day_moves_the_next_option_on()
    {
        // 4 h/day from Mon 2 Mar: a 2.5 h (Mon, 1.5 h left); b 2.5 h = 1.5 Mon + 1 Tue;
        // c 3 h fills Tue exactly; d 1 h starts Wed.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 4)
            .WithOption("a", 2.5m, price: 1).WithOption("b", 2.5m, price: 1)
            .WithOption("c", 3, price: 1).WithOption("d", 1, price: 1).Build());

        Assert.Equal(
            [(D(2026, 3, 2), D(2026, 3, 2)), (D(2026, 3, 2), D(2026, 3, 3)), (D(2026, 3, 3), D(2026, 3, 3)), (D(2026, 3, 4), D(2026, 3, 4))],
            plan.Options.Select(o => (o.Start, o.End)));
        Assert.Equal(9m, plan.Totals.Hours);
    }

    [Fact]
    public void Next_stage_starts_on_the_day_the_previous_one_ends()
    {
        // 8 h/day: s1/a 4 h on Mon 2; s2/b 8 h = 4 Mon + 4 Tue.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithStage("s1").WithOption("a", 4, price: 1)
            .WithStage("s2").WithOption("b", 8, price: 1)
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8).Build());

        Assert.Equal((D(2026, 3, 2), D(2026, 3, 2)), (plan.Stages[0].Start, plan.Stages[0].End));
        Assert.Equal((D(2026, 3, 2), D(2026, 3, 3)), (plan.Stages[1].Start, plan.Stages[1].End));
    }

    [Fact]
    public void Options_are_grouped_by_stage_in_stage_order_keeping_their_relative_order()
    {
        var plan = Planner.Plan(new AgreementBuilder()
            .WithStage("s1").WithStage("s2")
            .WithOption("b", 8, price: 1, stage: "s2")
            .WithOption("a", 8, price: 1, stage: "s1")
            .WithOption("c", 8, price: 1, stage: "s2")
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8).Build());

        Assert.Equal(["a", "b", "c"], plan.Options.Select(o => o.Id));
        Assert.Equal([D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 4)], plan.Options.Select(o => o.Start));
        Assert.Equal((D(2026, 3, 3), D(2026, 3, 4)), (plan.Stages[1].Start, plan.Stages[1].End));
        Assert.Equal(16m, plan.Stages[1].Hours);
    }

    [Fact]
    public void Buffer_days_are_rounded_up_and_follow_the_last_stage()
    {
        // 90 h / 8 = 11.25 → 12th working day from Mon 2 Mar = Tue 17 Mar; buffer ceil(9 / 8) = 2 → Thu 19 Mar.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8, bufferPercent: 10)
            .WithOption("o1", 90, price: 1).Build());

        Assert.Equal(D(2026, 3, 17), plan.Stages[0].End);
        Assert.Equal(2, plan.BufferDays);
        Assert.Equal(D(2026, 3, 19), plan.ProjectEnd);
    }

    [Fact]
    public void A_whole_buffer_day_is_not_rounded_further()
    {
        // 80 h / 8 = 10 days → Fri 13 Mar; buffer 8 h = exactly 1 day → Mon 16 Mar.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8, bufferPercent: 10)
            .WithOption("o1", 80, price: 1).Build());

        Assert.Equal(D(2026, 3, 13), plan.Stages[0].End);
        Assert.Equal(1, plan.BufferDays);
        Assert.Equal(D(2026, 3, 16), plan.ProjectEnd);
    }

    [Fact]
    public void Custom_working_week_includes_saturday()
    {
        // Mon–Sat, 8 h/day, 48 h from Mon 2 Mar → Sat 7 Mar.
        var plan = Planner.Plan(new AgreementBuilder()
            .WithSchedule(D(2026, 3, 2), hoursPerDay: 8, workingDays: ["mon", "tue", "wed", "thu", "fri", "sat"])
            .WithOption("o1", 48, price: 1).Build());

        Assert.Equal(D(2026, 3, 7), plan.ProjectEnd);
    }
}
