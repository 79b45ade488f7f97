namespace DocFlow.Signing.Flow;

/// <summary>Where a signer's request came from, as recorded in the trail and on the certificate of completion.</summary>
public sealed record RequestOrigin(string? Ip, string? UserAgent)
{
    public static RequestOrigin Unknown { get; } = new(null, null);
}
