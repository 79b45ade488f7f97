using DocFlow.Agreements.Calendar;
using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly WorkingCalendar WithNewYear = WorkingCalendar.From(new Schedule
    {
        Start = D(2026, 12, 28),
        HoursPerDay = 8,
        Holidays = [D(2027, 1, 1)],
    });

    [Theory]
    [InlineData(2026, 12, 31, true)]   // Thu
    [InlineData(2027, 1, 1, false)]    // Fri, holiday
    [InlineData(2027, 1, 2, false)]    // Sat
    [InlineData(2027, 1, 4, true)]     // Mon
    public void Working_day_is_a_listed_weekday_that_is_not_a_holiday(int y, int m, int d, bool working) =>
        Assert.Equal(working, WithNewYear.IsWorkingDay(D(y, m, d)));

    [Fact]
    public void On_or_after_skips_holiday_and_weekend()
    {
        Assert.Equal(D(2027, 1, 4), WithNewYear.OnOrAfter(D(2027, 1, 1)));
        Assert.Equal(D(2026, 12, 31), WithNewYear.OnOrAfter(D(2026, 12, 31)));
    }

    [Fact]
    public void Add_working_days_counts_after_the_day()
    {
        // Thu 31 Dec + 1 → Mon 4 Jan; + 3 → Wed 6 Jan; + 0 → itself.
        Assert.Equal(D(2027, 1, 4), WithNewYear.AddWorkingDays(D(2026, 12, 31), 1));
        Assert.Equal(D(2027, 1, 6), WithNewYear.AddWorkingDays(D(2026, 12, 31), 3));
        Assert.Equal(D(2027, 1, 2), WithNewYear.AddWorkingDays(D(2027, 1, 2), 0));
    }

    [Fact]
    public void Working_days_between_excludes_the_first_and_includes_the_last()
    {
        // After Mon 28 Dec up to Mon 4 Jan: Tue, Wed, Thu, Mon = 4.
        Assert.Equal(4, WithNewYear.WorkingDaysBetween(D(2026, 12, 28), D(2027, 1, 4)));
        Assert.Equal(0, WithNewYear.WorkingDaysBetween(D(2027, 1, 4), D(2026, 12, 28)));
    }

    [Fact]
    public void Add_and_between_are_inverse()
    {
        var from = D(2026, 12, 28);
        for (var n = 0; n < 30; n++)
            Assert.Equal(n, WithNewYear.WorkingDaysBetween(from, WithNewYear.AddWorkingDays(from, n)));
    }

    [Fact]
    public void Constructor_from_weekdays_and_holidays_for_acts_and_signing()
    {
        var weekend = new WorkingCalendar([DayOfWeek.Saturday, DayOfWeek.Sunday], [D(2026, 3, 8)]);

        Assert.Equal(D(2026, 3, 14), weekend.After(D(2026, 3, 7))); // Sat 7 → Sun 8 holiday → Sat 14
    }

    [Fact]
    public void Unknown_day_name_and_empty_week_are_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkingCalendar.From(new Schedule { Start = D(2026, 1, 1), HoursPerDay = 1, WorkingDays = ["monday"] }));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], []));
    }
}
