namespace DocFlow.Functions.Mail;

/// <summary>What the provider said: accepted, try again later (429, 5xx, network), or never (4xx).</summary>
public sealed record MailDelivery(MailDeliveryOutcome Outcome, string Detail, TimeSpan? RetryAfter = null)
{
    public static MailDelivery Accepted(string detail) => new(MailDeliveryOutcome.Accepted, detail);
    public static MailDelivery Retry(string detail, TimeSpan? after = null) => new(MailDeliveryOutcome.Retry, detail, after);
    public static MailDelivery Rejected(string detail) => new(MailDeliveryOutcome.Rejected, detail);
}
