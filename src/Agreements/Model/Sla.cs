namespace DocFlow.Agreements.Model;

public sealed record Sla
{
    public SlaLevel Critical { get; init; } = new() { ResponseHours = 4 };
    public SlaLevel Normal { get; init; } = new() { ResponseHours = 24 };
    public string WorkingHours { get; init; } = "Mon–Fri 10:00–19:00";
    public string TimeZone { get; init; } = "Europe/Moscow";
}
