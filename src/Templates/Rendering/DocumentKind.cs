namespace DocFlow.Templates.Rendering;

/// <summary>"contract", "specification", "acceptance", "act-{stageId}", "termination": the names in URLs and file names.</summary>
public sealed record DocumentKind(string Value)
{
    public static DocumentKind Contract { get; } = new("contract");
    public static DocumentKind Specification { get; } = new("specification");
    public static DocumentKind Acceptance { get; } = new("acceptance");
    public static DocumentKind Termination { get; } = new("termination");
    public static DocumentKind Act(string stageId) => new($"act-{stageId}");

    public bool IsAct => Value.StartsWith("act-", StringComparison.Ordinal);
    public string? ActStageId => IsAct ? Value["act-".Length..] : null;

    public override string ToString() => Value;
}
