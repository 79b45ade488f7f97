using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Calendar;

/// <summary>Working days: a listed weekday that is not a holiday.</summary>
public sealed class WorkingCalendar
{
    public static WorkingCalendar From(Schedule schedule) => throw new NotImplementedException();
    public bool IsWorkingDay(DateOnly day) => throw new NotImplementedException();
    /// <summary>The day itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly day) => throw new NotImplementedException();
    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="day"/> (not counting it).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays) => throw new NotImplementedException();
    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => throw new NotImplementedException();
}
