using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Calendar;

/// <summary>Working days: a listed weekday that is not a holiday.</summary>
public sealed class WorkingCalendar
{
    private static readonly IReadOnlyDictionary<string, DayOfWeek> DayNames = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
    };

    private readonly HashSet<DayOfWeek> _weekdays;
    private readonly HashSet<DateOnly> _holidays;

    /// <exception cref="ArgumentException">No working weekday: no date could ever be reached.</exception>
    public WorkingCalendar(IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly> holidays)
    {
        _weekdays = [.. workingDays];
        _holidays = [.. holidays];
        if (_weekdays.Count == 0)
            throw new ArgumentException("At least one weekday must be a working day.", nameof(workingDays));
    }

    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingCalendar MondayToFriday { get; } = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], []);

    /// <exception cref="ArgumentException">A working day name other than "mon".."sun".</exception>
    public static WorkingCalendar From(Schedule schedule) =>
        new(schedule.WorkingDays.Select(ParseDay), schedule.Holidays);

    public IReadOnlySet<DayOfWeek> Weekdays => _weekdays;
    public IReadOnlySet<DateOnly> Holidays => _holidays;

    public bool IsWorkingDay(DateOnly day) => _weekdays.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>The day itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
            day = day.AddDays(1);
        return day;
    }

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public DateOnly After(DateOnly day) => OnOrAfter(day.AddDays(1));

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="day"/> (not counting it).</summary>
    /// <remarks>Zero working days is the day itself, whatever it is.</remarks>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        for (var i = 0; i < workingDays; i++)
            day = After(day);
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    /// <remarks>Zero when <paramref name="to"/> is not after <paramref name="from"/>.</remarks>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day))
                count++;
        return count;
    }

    private static DayOfWeek ParseDay(string name) =>
        DayNames.TryGetValue(name, out var day)
            ? day
            : throw new ArgumentException($"Unknown working day \"{name}\": expected mon, tue, wed, thu, fri, sat or sun.");
}
