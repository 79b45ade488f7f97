using DocFlow.Functions.Acts;

namespace DocFlow.Functions.Triggers;

/// <summary>
/// Without a Functions host (DOCFLOW_LOCAL_TRIGGERS): runs ScheduleActs every day at 06:00 in the configured time zone,
/// as the timer trigger "0 0 6 * * *" does in Azure. Waits on the app's TimeProvider, so a test clock drives it too.
/// </summary>
public sealed class LocalActTimer(IActWork work, ActSettings settings, TimeProvider time, ILogger<LocalActTimer> logger)
    : BackgroundService
{
    public static readonly TimeOnly RunAt = new(6, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            await Task.Delay(NextRun(now, settings.TimerTimeZone) - now, time, stoppingToken);
            try
            {
                await work.ScheduleAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "ScheduleActs failed; next run tomorrow");
            }
        }
    }

    /// <summary>The next 06:00 in <paramref name="zone"/> strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var candidateDay = day; ; candidateDay = candidateDay.AddDays(1))
        {
            var wall = candidateDay.ToDateTime(RunAt);
            var at = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (at > now) return at;
        }
    }
}
