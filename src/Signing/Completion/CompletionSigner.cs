using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Completion;

/// <summary>One line of the certificate of completion: who, from where, and when each step happened.</summary>
public sealed record CompletionSigner
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required SignerRole Role { get; init; }
    /// <summary>"contractor" or "client".</summary>
    public required string Party { get; init; }
    public string? FullNameEntered { get; init; }
    public string? Ip { get; init; }
    public string? UserAgent { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? OpenedAt { get; init; }
    public DateTimeOffset? CodeConfirmedAt { get; init; }
    public DateTimeOffset? ConsentedAt { get; init; }
    public DateTimeOffset? SignedAt { get; init; }
    public DateTimeOffset? DeclinedAt { get; init; }
    public string? DeclineReason { get; init; }
}
