using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;

namespace DocFlow.Signing.Envelopes;

/// <summary>
/// A set of documents sent for signature together, with its signers' states. Immutable: every transition in
/// <see cref="Flow.SigningService"/> returns a new envelope plus the audit events to append.
/// </summary>
public sealed record Envelope
{
    /// <summary>Sortable, ULID-like (see <see cref="Ids.IdGenerator"/>).</summary>
    public required string Id { get; init; }
    public required string AgreementId { get; init; }
    public required string AgreementNumber { get; init; }
    /// <summary>One of <see cref="EnvelopeKinds"/>: contract, appendices, act-{stageId}, termination.</summary>
    public required string Kind { get; init; }
    /// <summary>Document kinds in the order they are shown and sealed, e.g. ["specification", "acceptance"].</summary>
    public required IReadOnlyList<string> DocumentKinds { get; init; }
    /// <summary>Document kind → lowercase hex SHA-256 of the PDF as sent.</summary>
    public required IReadOnlyDictionary<string, string> Documents { get; init; }
    public required Locale Locale { get; init; }
    public required SigningOrder Order { get; init; }
    /// <summary>Whether signing needs a one-time code mailed to the signer (agreement signing.oneTimeCode).</summary>
    public required bool RequiresCode { get; init; }
    /// <summary>The contractor's e-mail: who is told about a decline.</summary>
    public required string SenderEmail { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public EnvelopeStatus Status { get; init; } = EnvelopeStatus.Sent;
    /// <summary>When the status became final (completed, declined, expired, accepted by silence).</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    public required IReadOnlyList<EnvelopeSigner> Signers { get; init; }
    /// <summary>The last audit event's sequence and hash: lets a verifier notice events cut off the end of the trail.</summary>
    public required AuditHead AuditHead { get; init; }

    public IEnumerable<EnvelopeSigner> CopyRecipients => Signers.Where(s => !s.MustSign);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>When the client first had the documents: the earliest invitation of a client signer who must sign
    /// (null while none has been invited, e.g. in sequential order behind the contractor). Silence counts from here.</summary>
    public DateTimeOffset? ClientReceivedAt => Signers
        .Where(s => s.Party == SignerParty.Client && s.MustSign && s.SentAt is not null)
        .Select(s => s.SentAt).Min();

    /// <summary>The client's signers who must sign and have not: whose silence an act's acceptance rests on.</summary>
    public IEnumerable<EnvelopeSigner> UnansweredClientSigners =>
        Signers.Where(s => s.Party == SignerParty.Client && s.MustSign && s.Status != SignerStatus.Signed);

    public Envelope WithSigner(EnvelopeSigner signer) =>
        this with { Signers = [.. Signers.Select(s => s.Index == signer.Index ? signer : s)] };
}
