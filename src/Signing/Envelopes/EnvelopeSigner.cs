using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Envelopes;

/// <summary>
/// One recipient of an envelope and everything the trail and the certificate of completion need about them.
/// Tokens and codes are held only as hashes.
/// </summary>
public sealed record EnvelopeSigner
{
    /// <summary>Position in <see cref="Envelope.Signers"/>: contractor's signers first, then the client's, each in agreement order.</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required SignerRole Role { get; init; }
    public required int Order { get; init; }
    /// <summary><see cref="SignerParty.Contractor"/> or <see cref="SignerParty.Client"/>.</summary>
    public required string Party { get; init; }
    public SignerStatus Status { get; init; } = SignerStatus.Pending;

    /// <summary>SHA-256 of every link token issued to this signer (the invitation's, then one per reminder); any works.</summary>
    public IReadOnlyList<string> TokenHashes { get; init; } = [];

    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? OpenedAt { get; init; }
    public DateTimeOffset? CodeConfirmedAt { get; init; }
    public DateTimeOffset? ConsentedAt { get; init; }
    public DateTimeOffset? SignedAt { get; init; }
    public DateTimeOffset? DeclinedAt { get; init; }
    public string? FullNameEntered { get; init; }
    public string? DeclineReason { get; init; }
    /// <summary>Of the last request that changed this signer's state (the signing or declining one at the end).</summary>
    public string? Ip { get; init; }
    public string? UserAgent { get; init; }

    public string? CodeHash { get; init; }
    public DateTimeOffset? CodeIssuedAt { get; init; }
    public DateTimeOffset? CodeExpiresAt { get; init; }
    public int CodeAttempts { get; init; }
    /// <summary>When codes were requested within the last hour: the rate limit's memory.</summary>
    public IReadOnlyList<DateTimeOffset> CodeRequests { get; init; } = [];

    public int RemindersSent { get; init; }
    public DateTimeOffset? LastRemindedAt { get; init; }

    /// <summary>Signs or approves: someone the envelope waits for (copy recipients only get the result).</summary>
    public bool MustSign => Role != SignerRole.Copy;

    /// <summary>Invited and not yet finished: the states in which the link works.</summary>
    public bool IsAwaited => Status is SignerStatus.Sent or SignerStatus.Opened or SignerStatus.CodeConfirmed;
}
