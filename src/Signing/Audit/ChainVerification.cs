namespace DocFlow.Signing.Audit;

/// <summary>The result of checking a trail: valid, or the index of the first event that does not fit.</summary>
public sealed record ChainVerification(bool IsValid, int? FirstBrokenIndex, string? Problem)
{
    public static ChainVerification Valid { get; } = new(true, null, null);

    public static ChainVerification BrokenAt(int index, string problem) => new(false, index, problem);
}
