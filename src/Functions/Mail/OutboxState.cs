namespace DocFlow.Functions.Mail;

/// <summary>pending → sending (claimed until NextAttemptAt) → sent; rejected when the provider refuses for good.</summary>
public static class OutboxState
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Rejected = "rejected";
}
