namespace DocFlow.Functions.Mail;

/// <summary>
/// One mail as the outbox keeps it. Id is chosen by the sender from what the mail is about (e.g. envelope + signer +
/// purpose), so enqueueing the same mail twice keeps one.
/// </summary>
public sealed record MailMessage
{
    public required string Id { get; init; }
    public required IReadOnlyList<MailAddress> To { get; init; }
    public required string Subject { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
    /// <summary>Links in the mail, logged when mail goes to the local outbox so a person can click them.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>Carries a secret (a one-time code): its stored body is deleted once the provider has accepted it, so
    /// the code is not kept at rest beyond its delivery.</summary>
    public bool DeleteBodyWhenSent { get; init; }
}
