namespace DocFlow.Functions.Acts;

/// <summary>What one act request came to.</summary>
public enum ActOutcome
{
    Issued,
    /// <summary>The stage already has its act (a duplicate message, or the schedule and a report racing).</summary>
    AlreadyIssued,
    /// <summary>The agreement is unknown or not signed yet: nothing to act on.</summary>
    NotSigned,
    /// <summary>The agreement was terminated before the stage was delivered.</summary>
    Cancelled,
}
