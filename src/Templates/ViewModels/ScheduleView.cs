namespace DocFlow.Templates.ViewModels;

public sealed record ScheduleView(string Start, string ProjectEnd, int BufferDays, string HoursPerDay);
