namespace DocFlow.Agreements.Model;

/// <summary>The agreement's "signing" object.</summary>
public sealed record SigningSettings
{
    public SigningOrder Order { get; init; } = SigningOrder.Parallel;
    public int ExpiresInDays { get; init; } = 14;
    public bool OneTimeCode { get; init; } = true;
}
