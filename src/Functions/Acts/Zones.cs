namespace DocFlow.Functions.Acts;

/// <summary>Agreement time zones (IANA ids such as Europe/Moscow): an unknown one falls back to UTC rather than failing a run.</summary>
public static class Zones
{
    public static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public static DateOnly Today(DateTimeOffset now, string? zoneId) => DateOn(now, Find(zoneId));

    public static DateOnly DateOn(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
}
