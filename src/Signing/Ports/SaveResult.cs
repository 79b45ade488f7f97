namespace DocFlow.Signing.Ports;

/// <summary>Saved (with the new ETag), or Conflict: someone saved since it was read — re-read and re-run the step.</summary>
public sealed record SaveResult(bool Saved, string? ETag)
{
    public static SaveResult Conflict { get; } = new(false, null);

    public static SaveResult Ok(string etag) => new(true, etag);
}
