namespace DocFlow.Signing.Audit;

/// <summary>The audit event type names as they appear in audit.json.</summary>
public static class AuditEventTypes
{
    public const string Created = "created";
    public const string Sent = "sent";
    public const string Opened = "opened";
    public const string CodeSent = "code-sent";
    public const string CodeConfirmed = "code-confirmed";
    public const string CodeFailed = "code-failed";
    public const string Consent = "consent";
    public const string Signed = "signed";
    public const string Declined = "declined";
    public const string Completed = "completed";
    public const string Expired = "expired";
    public const string Reminded = "reminded";
    public const string AcceptedBySilence = "accepted-by-silence";
    public const string Sealed = "sealed";
}
