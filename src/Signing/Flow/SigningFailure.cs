namespace DocFlow.Signing.Flow;

/// <summary>A refused request. <see cref="RemainingTries"/> is set for CodeWrong, <see cref="RetryAfter"/> for RateLimited.</summary>
public sealed record SigningFailure(SigningFailureKind Kind, int? RemainingTries = null, TimeSpan? RetryAfter = null)
{
    /// <summary>Whether the caller must answer with the generic "link not valid" 404.</summary>
    public bool IsNotFound => Kind is SigningFailureKind.InvalidToken or SigningFailureKind.Expired;
}
