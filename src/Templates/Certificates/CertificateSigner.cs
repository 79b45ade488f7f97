namespace DocFlow.Templates.Certificates;

/// <summary>One signer, approver or copy recipient and every step they took, as the audit trail records it.</summary>
public sealed record CertificateSigner
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    /// <summary>signer, approver or copy.</summary>
    public required string Role { get; init; }
    /// <summary>contractor or client.</summary>
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
