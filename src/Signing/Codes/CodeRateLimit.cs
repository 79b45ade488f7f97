namespace DocFlow.Signing.Codes;

/// <summary>Code requests per signer: at most one a minute and five in any hour, so the mailbox is not flooded and
/// guessing stays bounded (see <see cref="OneTimeCodes"/>).</summary>
public static class CodeRateLimit
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public const int MaxPerWindow = 5;

    /// <summary>Null when a code may be sent now, else how long to wait.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyList<DateTimeOffset> requests, DateTimeOffset now)
    {
        var recent = Recent(requests, now);
        if (recent.Count > 0 && now - recent[^1] < MinInterval)
            return recent[^1] + MinInterval - now;
        if (recent.Count >= MaxPerWindow)
            return recent[^MaxPerWindow] + Window - now;
        return null;
    }

    /// <summary>The requests still inside the window, oldest first: what the signer record needs to keep.</summary>
    public static IReadOnlyList<DateTimeOffset> Recent(IReadOnlyList<DateTimeOffset> requests, DateTimeOffset now) =>
        [.. requests.Where(r => now - r < Window).Order()];
}
