using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Termination;

namespace DocFlow.Templates.Rendering;

/// <summary>
/// Everything a document is made from. Fingerprint: the agreement version's SHA-256 (hex).
/// ActDate: the date printed on stage acts (default: the stage's planned end). Termination: needed for "termination".
/// </summary>
public sealed record DocumentContext
{
    public required Agreement Agreement { get; init; }
    public required AgreementPlan Plan { get; init; }
    public required string Fingerprint { get; init; }
    public DateOnly? ActDate { get; init; }
    public TerminationStatement? Termination { get; init; }
}
