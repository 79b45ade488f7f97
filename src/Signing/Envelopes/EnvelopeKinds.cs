namespace DocFlow.Signing.Envelopes;

/// <summary>What an envelope carries: the contract; the appendices (specification and acceptance scenarios, signed
/// apart from the contract); one stage's act; the termination statement.</summary>
public static class EnvelopeKinds
{
    public const string Contract = "contract";
    public const string Appendices = "appendices";
    public const string Termination = "termination";
    private const string ActPrefix = "act-";

    public static string Act(string stageId) => ActPrefix + stageId;

    public static bool IsAct(string kind) => kind.StartsWith(ActPrefix, StringComparison.Ordinal);
}
