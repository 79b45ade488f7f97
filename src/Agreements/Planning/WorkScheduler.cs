using DocFlow.Agreements.Calendar;

namespace DocFlow.Agreements.Planning;

/// <summary>
/// Lays hours onto working days, <c>hoursPerDay</c> a day, one piece of work after another: a piece continues on
/// the day where the previous one stopped, and ends on the day its last hour is worked. Decimal throughout, so
/// fractional hours (2.5 h in a 4 h day) land exactly.
/// </summary>
internal sealed class WorkScheduler
{
    private readonly WorkingCalendar _calendar;
    private readonly decimal _hoursPerDay;
    private DateOnly _day;
    private decimal _usedToday;

    public WorkScheduler(WorkingCalendar calendar, DateOnly start, decimal hoursPerDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hoursPerDay);
        _calendar = calendar;
        _hoursPerDay = hoursPerDay;
        _day = calendar.OnOrAfter(start);
    }

    /// <summary>The day the next hour of work would be done on.</summary>
    public DateOnly NextWorkDay => _usedToday >= _hoursPerDay ? _calendar.After(_day) : _day;

    /// <summary>The last day any hour has been worked on (the start day when nothing has been).</summary>
    public DateOnly LastWorkDay => _day;

    public ScheduledWork Schedule(decimal hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        if (_usedToday >= _hoursPerDay) NextDay();
        var start = _day;
        var remaining = hours;
        while (remaining > _hoursPerDay - _usedToday)
        {
            remaining -= _hoursPerDay - _usedToday;
            NextDay();
        }
        _usedToday += remaining;
        return new ScheduledWork(start, _day);
    }

    private void NextDay()
    {
        _day = _calendar.After(_day);
        _usedToday = 0;
    }
}
