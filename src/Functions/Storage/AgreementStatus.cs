namespace DocFlow.Functions.Storage;

/// <summary>Where an agreement is in its life: editable until sent for signing; signed once contract and appendices are; then completed or terminated.</summary>
public static class AgreementStatus
{
    public const string Draft = "draft";
    public const string Sent = "sent";
    public const string Signed = "signed";
    public const string Terminated = "terminated";
    /// <summary>Every stage act accepted (signed or by silence): the support period runs.</summary>
    public const string Completed = "completed";
}
