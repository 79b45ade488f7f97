namespace DocFlow.Functions.Storage;

/// <summary>Where an agreement is in its life: editable until sent for signing.</summary>
public static class AgreementStatus
{
    public const string Draft = "draft";
    public const string Sent = "sent";
    public const string Signed = "signed";
    public const string Terminated = "terminated";
}
