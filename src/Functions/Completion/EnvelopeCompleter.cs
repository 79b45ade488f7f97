using DocFlow.Functions.Configuration;
using DocFlow.Functions.Signing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Completion;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Pdf.Appending;
using DocFlow.Signing.Pdf.Sealing;
using DocFlow.Signing.Ports;
using DocFlow.Templates.Certificates;

namespace DocFlow.Functions.Completion;

/// <summary>
/// The signed version of a closed envelope (completed, or an act accepted by silence): each PDF as the signers saw it,
/// plus the certificate-of-completion page, sealed (PAdES) and stored write-once in the signed container with
/// audit.json; the "sealed" event appended once; the completed mail to every signer and copy recipient.
/// </summary>
/// <remarks>
/// Idempotent, so any step may crash and the whole call be repeated: blobs are written with If-None-Match (a blob that
/// exists is kept and used), the sealed event is saved with the envelope's ETag and is dated when the envelope closed
/// (so a retry rebuilds exactly the event a crash left unappended), and mails have ids per envelope and recipient.
/// </remarks>
public sealed class EnvelopeCompleter(
    EnvelopeTable envelopes,
    AuditTrailReader trail,
    EnvelopeAgreements agreements,
    SigningDocumentStore documentsAsSent,
    SignedVersionStore signed,
    SealCertificateProvider seal,
    CertificatePageRenderer certificates,
    ISigningMailer mailer,
    DocFlowOptions options,
    ILogger<EnvelopeCompleter> logger)
{
    public const int MaxAttempts = 5;
    public const string AuditFile = "audit.json";
    private const string PdfType = "application/pdf";
    private const string JsonType = "application/json";
    private const string CertificateKey = "certificate";
    private const string Sha256Prefix = "sha256:";

    public async Task CompleteAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var (envelope, events) = await SealOnceAsync(envelopeId, cancellationToken);
        var sealedEvent = events.Last(e => e.Type == AuditEventTypes.Sealed);
        var documents = new List<(string Kind, byte[] Content)>();
        foreach (var kind in envelope.DocumentKinds)
        {
            var content = await signed.ReadAsync(envelope.AgreementId, envelope.Id, kind + ".pdf", cancellationToken)
                ?? throw new InvalidOperationException($"Signed {kind}.pdf of envelope {envelope.Id} is missing.");
            documents.Add((kind, content));
        }
        var audit = await signed.WriteOnceAsync(envelope.AgreementId, envelope.Id, AuditFile, AuditJson.Serialize(events),
            JsonType, cancellationToken);
        await signed.RecordAsync(Version(envelope, sealedEvent, documents, audit), cancellationToken);
        await MailAsync(envelope, documents, audit, cancellationToken);
        logger.LogInformation("Envelope {EnvelopeId} of agreement {AgreementId}: signed version stored and mailed",
            envelope.Id, envelope.AgreementId);
    }

    private async Task<(Envelope Envelope, IReadOnlyList<AuditEvent> Events)> SealOnceAsync(string envelopeId, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (envelope, etag) = await envelopes.FindAsync(envelopeId, ct)
                ?? throw new InvalidOperationException($"No envelope {envelopeId}.");
            if (envelope.Status is not (EnvelopeStatus.Completed or EnvelopeStatus.AcceptedBySilence))
                throw new InvalidOperationException($"Envelope {envelopeId} is {envelope.Status}: only a completed one is sealed.");
            var events = await trail.ListAsync(envelopeId, ct);
            if (events.Any(e => e.Type == AuditEventTypes.Sealed)) return (envelope, events);

            var trailHead = events.Count == 0 ? AuditHead.Genesis : new AuditHead(events[^1].Sequence, events[^1].Hash);
            if (trailHead != envelope.AuditHead)
                return (envelope, [.. events, await RepairAsync(envelope, trailHead, ct)]);

            var hashes = await SealAndStoreAsync(envelope, events, ct);
            var sealedEvent = AuditChain.Append(envelope.AuditHead, envelope.Id, SealedEntry(envelope, hashes, seal.Thumbprint));
            var updated = envelope with { AuditHead = new AuditHead(sealedEvent.Sequence, sealedEvent.Hash) };
            if (!await envelopes.TryReplaceAsync(updated, etag, ct, [sealedEvent])) continue;
            await envelopes.AppendEventsAsync([sealedEvent], ct);
            return (updated, [.. events, sealedEvent]);
        }
        throw new InvalidOperationException($"Envelope {envelopeId} kept changing: {MaxAttempts} conflicting saves in a row.");
    }

    /// <summary>The envelope was saved with its sealed event but the event never reached the trail: rebuild it from the
    /// stored blobs; it must hash to what the envelope recorded.</summary>
    private async Task<AuditEvent> RepairAsync(Envelope envelope, AuditHead trailHead, CancellationToken ct)
    {
        var hashes = new Dictionary<string, string>();
        foreach (var kind in envelope.DocumentKinds)
        {
            var content = await signed.ReadAsync(envelope.AgreementId, envelope.Id, kind + ".pdf", ct);
            if (content is null) break;
            hashes[kind] = SignedVersionStore.Sha256(content);
        }
        foreach (var thumbprint in seal.TrustedThumbprints)
        {
            var candidate = AuditChain.Append(trailHead, envelope.Id, SealedEntry(envelope, hashes, thumbprint));
            if (new AuditHead(candidate.Sequence, candidate.Hash) != envelope.AuditHead) continue;
            await envelopes.AppendEventsAsync([candidate], ct);
            return candidate;
        }
        throw new InvalidOperationException(
            $"Audit trail of {envelope.Id} ends at {trailHead.Sequence}, the envelope records {envelope.AuditHead.Sequence}.");
    }

    private async Task<IReadOnlyDictionary<string, string>> SealAndStoreAsync(
        Envelope envelope, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var certificate = CompletionCertificateBuilder.Build(envelope, events);
        var agreement = (await agreements.FindAsync(envelope, ct))?.Agreement;
        var days = envelope.Status == EnvelopeStatus.AcceptedBySilence ? agreement?.Terms.AutoAcceptWorkingDays : null;
        var stageId = EnvelopeKinds.IsAct(envelope.Kind) ? envelope.Kind["act-".Length..] : null;
        var stageTitle = agreement?.Stages.FirstOrDefault(stage => stage.Id == stageId)?.Title;
        var page = certificates.RenderPdf(CertificatePageMapper.Map(certificate, envelope, days, stageTitle));
        var hashes = new Dictionary<string, string>();
        foreach (var kind in envelope.DocumentKinds)
        {
            // The PDF the signers saw: the stored draft whose SHA-256 the envelope recorded when it was sent.
            var original = await documentsAsSent.ReadPdfAsync(envelope, kind, ct)
                ?? throw new InvalidOperationException($"No stored {kind}.pdf of {envelope.AgreementId} has the hash the signers saw.");
            var sealedPdf = PdfSealer.Seal(PdfPageAppender.Append(original, page), seal.Certificate, Info(envelope), seal.Chain);
            var kept = await signed.WriteOnceAsync(envelope.AgreementId, envelope.Id, kind + ".pdf", sealedPdf, PdfType, ct);
            hashes[kind] = SignedVersionStore.Sha256(kept);
        }
        return hashes;
    }

    // Dated when the envelope closed, not now: the same envelope always gives the same seal time and the same event.
    private SealInfo Info(Envelope envelope) => new()
    {
        Name = "DocFlow",
        SigningTime = ClosedAt(envelope),
        Reason = $"Certificate of completion of envelope {envelope.Id}, contract No. {envelope.AgreementNumber}",
        ContactInfo = options.MailFrom,
        EnvelopeId = envelope.Id,
    };

    private static AuditEntry SealedEntry(Envelope envelope, IReadOnlyDictionary<string, string> hashes, string thumbprint)
    {
        var data = hashes.ToDictionary(p => Sha256Prefix + p.Key, p => p.Value.ToLowerInvariant());
        data[CertificateKey] = thumbprint;
        return new AuditEntry(AuditEventTypes.Sealed, ClosedAt(envelope), AuditEvent.SystemActor, Data: data);
    }

    private static DateTimeOffset ClosedAt(Envelope envelope) => envelope.ClosedAt ?? envelope.CreatedAt;

    private static SignedVersion Version(Envelope envelope, AuditEvent sealedEvent,
        IReadOnlyList<(string Kind, byte[] Content)> documents, byte[] audit) => new()
    {
        EnvelopeId = envelope.Id,
        AgreementId = envelope.AgreementId,
        EnvelopeKind = envelope.Kind,
        Status = envelope.Status.ToString().ToLowerInvariant(),
        SealedAt = sealedEvent.At,
        CertificateThumbprint = sealedEvent.Data.GetValueOrDefault(CertificateKey, ""),
        Documents = [.. documents.Select(d => File(envelope, d.Kind, d.Kind + ".pdf", d.Content))],
        Audit = File(envelope, "audit", AuditFile, audit),
    };

    private static SignedFile File(Envelope envelope, string kind, string fileName, byte[] content) =>
        new(kind, SignedVersionStore.BlobName(envelope.AgreementId, envelope.Id, fileName), SignedVersionStore.Sha256(content), content.Length);

    private Task MailAsync(Envelope envelope, IReadOnlyList<(string Kind, byte[] Content)> documents, byte[] audit,
        CancellationToken ct)
    {
        var prefix = envelope.AgreementNumber.Replace('/', '-');
        var attachments = documents.Select(d => new MailAttachment($"{prefix}-{d.Kind}-signed.pdf", PdfType, d.Content))
            .Append(new MailAttachment($"{prefix}-{envelope.Kind}-audit.json", JsonType, audit)).ToArray();
        return mailer.SendCompletedAsync(envelope, [.. envelope.Signers.OrderBy(s => s.Index)], attachments, ct);
    }
}
