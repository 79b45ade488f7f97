using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Ids;

namespace DocFlow.Signing.Envelopes;

/// <summary>Creates envelopes from an agreement's signers and signing settings, and invites the first round.</summary>
public sealed class EnvelopeFactory(TimeProvider time)
{
    private readonly IdGenerator _ids = new(time);

    /// <param name="agreementId">The stored agreement's id (the input's own id is optional).</param>
    /// <param name="kind">One of <see cref="EnvelopeKinds"/>.</param>
    /// <param name="documents">Document kind → SHA-256 (hex) of the PDF as sent, in display order.</param>
    /// <exception cref="ArgumentException">No documents, or nobody who signs.</exception>
    public CreatedEnvelope Create(
        Agreement agreement, string agreementId, string kind, IReadOnlyList<KeyValuePair<string, string>> documents)
    {
        if (documents.Count == 0)
            throw new ArgumentException("An envelope needs at least one document.", nameof(documents));
        var signers = Signers(agreement);
        if (!signers.Any(s => s.MustSign))
            throw new ArgumentException("An envelope needs at least one signer who signs or approves.", nameof(agreement));

        var now = time.GetUtcNow();
        var envelope = new Envelope
        {
            Id = _ids.NewId(),
            AgreementId = agreementId,
            AgreementNumber = agreement.Number,
            Kind = kind,
            DocumentKinds = [.. documents.Select(d => d.Key)],
            Documents = documents.ToDictionary(d => d.Key, d => d.Value.ToLowerInvariant()),
            Locale = agreement.Locale,
            Order = agreement.Signing.Order,
            RequiresCode = agreement.Signing.OneTimeCode,
            SenderEmail = agreement.Contractor.Email,
            CreatedAt = now,
            ExpiresAt = now.AddDays(agreement.Signing.ExpiresInDays),
            Signers = signers,
            AuditHead = AuditHead.Genesis,
        };
        var (invited, tokens, sentEntries) = SigningRound.Invite(envelope, SigningRound.Due(envelope), now);
        var (events, head) = AuditChain.AppendAll(
            AuditHead.Genesis, envelope.Id, [CreatedEntry(invited, now), .. sentEntries]);
        return new CreatedEnvelope(invited with { AuditHead = head }, events, tokens);
    }

    // Contractor's signers first, then the client's: the index is stable and only breaks display ties.
    private static IReadOnlyList<EnvelopeSigner> Signers(Agreement agreement) =>
    [
        .. agreement.Contractor.Signers.Select(s => (Signer: s, Party: SignerParty.Contractor))
            .Concat(agreement.Client.Signers.Select(s => (Signer: s, Party: SignerParty.Client)))
            .Select((p, i) => new EnvelopeSigner
            {
                Index = i,
                Name = p.Signer.Name,
                Email = p.Signer.Email,
                Role = p.Signer.Role,
                Order = p.Signer.Order,
                Party = p.Party,
            }),
    ];

    private static AuditEntry CreatedEntry(Envelope e, DateTimeOffset now)
    {
        var data = new Dictionary<string, string>
        {
            ["agreementId"] = e.AgreementId,
            ["agreementNumber"] = e.AgreementNumber,
            ["kind"] = e.Kind,
            ["order"] = e.Order.ToString().ToLowerInvariant(),
            ["expiresAt"] = e.ExpiresAt.ToString("O"),
        };
        foreach (var (docKind, sha) in e.Documents)
            data["sha256:" + docKind] = sha;
        return new AuditEntry(AuditEventTypes.Created, now, AuditEvent.SystemActor, Data: data);
    }
}
