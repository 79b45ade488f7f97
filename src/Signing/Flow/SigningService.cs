using DocFlow.Agreements.Calendar;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Codes;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>
/// The signing state machine: sent → opened → code confirmed → signed, or declined, or expired.
/// </summary>
/// <remarks>
/// Every method is a function of (envelope, input, now) that returns a new envelope and the events to append; nothing
/// is stored here. The caller saves with the ETag it read, and on a conflict re-reads and calls again: the retry sees
/// the winner's state (e.g. the code already used, the signer already signed) and answers from it, so no step is
/// applied twice. Random values (tokens, codes) are drawn anew on a retry; only the saved ones ever reach a mail.
/// </remarks>
public sealed class SigningService
{
    /// <summary>The signing page was opened. First opening moves Sent → Opened; later ones change nothing.</summary>
    public SigningStep<EnvelopeSigner> Open(Envelope envelope, string token, RequestOrigin origin, DateTimeOffset now)
    {
        if (Locate(envelope, token, now) is { Failure: not null } refused)
            return Refuse<EnvelopeSigner>(refused);
        var signer = FindByToken(envelope, token)!;
        if (signer.Status != SignerStatus.Sent)
            return Unchanged(envelope, signer);
        var opened = MarkOpened(signer, origin, now);
        return Commit(envelope.WithSigner(opened), opened,
            [Entry(AuditEventTypes.Opened, opened, origin, now)]);
    }

    /// <summary>Issues a one-time code to mail, unless rate-limited.</summary>
    public SigningStep<CodeIssued> RequestCode(Envelope envelope, string token, RequestOrigin origin, DateTimeOffset now)
    {
        if (Locate(envelope, token, now) is { Failure: not null } refused)
            return Refuse<CodeIssued>(refused);
        var signer = FindByToken(envelope, token)!;
        if (CodeRateLimit.RetryAfter(signer.CodeRequests, now) is { } wait)
            return Fail<CodeIssued>(envelope, [], new SigningFailure(SigningFailureKind.RateLimited, RetryAfter: wait));

        var code = OneTimeCodes.Generate();
        var expiresAt = now + OneTimeCodes.Validity;
        var issued = MarkOpened(signer, origin, now) with
        {
            CodeHash = OneTimeCodes.Hash(envelope.Id, signer.Index, now, code),
            CodeIssuedAt = now,
            CodeExpiresAt = expiresAt,
            CodeAttempts = 0,
            CodeRequests = [.. CodeRateLimit.Recent(signer.CodeRequests, now), now],
        };
        var entries = OpenedEntryIfFirst(signer, issued, origin, now)
            .Append(Entry(AuditEventTypes.CodeSent, issued, origin, now, ("codeExpiresAt", expiresAt.ToString("O"))));
        return Commit(envelope.WithSigner(issued), new CodeIssued(issued, code, expiresAt), [.. entries]);
    }

    /// <summary>Checks the mailed code ahead of signing (the page may confirm it first; <see cref="Sign"/> also accepts it).</summary>
    public SigningStep<EnvelopeSigner> ConfirmCode(
        Envelope envelope, string token, string code, RequestOrigin origin, DateTimeOffset now)
    {
        if (Locate(envelope, token, now) is { Failure: not null } refused)
            return Refuse<EnvelopeSigner>(refused);
        var signer = FindByToken(envelope, token)!;
        var check = CodeCheck.Run(envelope.Id, signer, code, origin, now);
        var opened = OpenedEntryIfFirst(signer, check.Signer, origin, now);
        var updated = envelope.WithSigner(check.Signer);
        return check.Failure is null
            ? Commit(updated, check.Signer, [.. opened, .. check.Entries])
            : Fail<EnvelopeSigner>(updated, [.. opened, .. check.Entries], check.Failure);
    }

    /// <summary>
    /// Takes the signature: a name and consent are required, and (when the envelope requires codes) a confirmed code.
    /// Completes the envelope on the last signature, or invites the next sequential round.
    /// </summary>
    public SigningStep<SignOutcome> Sign(
        Envelope envelope, string token, SignRequest request, RequestOrigin origin, DateTimeOffset now)
    {
        if (Locate(envelope, token, now) is { Failure: not null } refused)
            return Refuse<SignOutcome>(refused);
        var signer = FindByToken(envelope, token)!;
        if (string.IsNullOrWhiteSpace(request.FullName))
            return Fail<SignOutcome>(envelope, [], new SigningFailure(SigningFailureKind.NameRequired));
        if (!request.Consent)
            return Fail<SignOutcome>(envelope, [], new SigningFailure(SigningFailureKind.ConsentRequired));

        var entries = new List<AuditEntry>();
        var current = signer;
        if (envelope.RequiresCode && signer.Status != SignerStatus.CodeConfirmed)
        {
            if (string.IsNullOrWhiteSpace(request.Code))
                return Fail<SignOutcome>(envelope, [], new SigningFailure(SigningFailureKind.CodeRequired));
            var check = CodeCheck.Run(envelope.Id, signer, request.Code, origin, now);
            entries.AddRange(OpenedEntryIfFirst(signer, check.Signer, origin, now));
            entries.AddRange(check.Entries);
            if (check.Failure is not null)
                return Fail<SignOutcome>(envelope.WithSigner(check.Signer), entries, check.Failure);
            current = check.Signer;
        }
        else
        {
            current = MarkOpened(signer, origin, now);
            entries.AddRange(OpenedEntryIfFirst(signer, current, origin, now));
        }
        return Finish(envelope, MarkSigned(current, request.FullName.Trim(), origin, now), entries, origin, now);
    }

    /// <summary>Declines: the envelope stops, nobody else can sign, and the sender is to be told.</summary>
    public SigningStep<DeclineOutcome> Decline(
        Envelope envelope, string token, string? reason, RequestOrigin origin, DateTimeOffset now)
    {
        if (Locate(envelope, token, now) is { Failure: not null } refused)
            return Refuse<DeclineOutcome>(refused);
        var signer = FindByToken(envelope, token)!;
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var declined = MarkOpened(signer, origin, now) with
        {
            Status = SignerStatus.Declined,
            DeclinedAt = now,
            DeclineReason = trimmed,
            CodeHash = null,
        };
        var entries = OpenedEntryIfFirst(signer, declined, origin, now)
            .Append(Entry(AuditEventTypes.Declined, declined, origin, now, ("reason", trimmed ?? "")));
        var stopped = envelope.WithSigner(declined) with { Status = EnvelopeStatus.Declined, ClosedAt = now };
        return Commit(stopped, new DeclineOutcome(declined, trimmed, envelope.SenderEmail), [.. entries]);
    }

    /// <summary>Marks a sent envelope Expired once <see cref="Envelope.ExpiresAt"/> has passed; otherwise no change.</summary>
    public SigningStep<EnvelopeStatus> Expire(Envelope envelope, DateTimeOffset now)
    {
        if (envelope.Status != EnvelopeStatus.Sent || !envelope.IsExpiredAt(now))
            return Unchanged(envelope, envelope.Status);
        var expired = envelope with { Status = EnvelopeStatus.Expired, ClosedAt = now };
        return Commit(expired, EnvelopeStatus.Expired,
            [new AuditEntry(AuditEventTypes.Expired, now, AuditEvent.SystemActor)]);
    }

    /// <summary>
    /// Reminds awaited signers every <paramref name="everyWorkingDays"/> working days since the invitation or the last
    /// reminder, at most <see cref="MaxReminders"/> times, on working days only. Each reminder carries a fresh token
    /// (only hashes are stored, so the invitation's token cannot be mailed again); the old link keeps working.
    /// Dates are taken in UTC.
    /// </summary>
    public SigningStep<IReadOnlyList<IssuedToken>> Remind(
        Envelope envelope, DateTimeOffset now, Func<DateOnly, bool> isWorkingDay, int everyWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(everyWorkingDays, 1);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (envelope.Status != EnvelopeStatus.Sent || envelope.IsExpiredAt(now) || !isWorkingDay(today))
            return Unchanged<IReadOnlyList<IssuedToken>>(envelope, []);

        var due = envelope.Signers.Where(s => s.IsAwaited && s.RemindersSent < MaxReminders
            && WorkingDaysAfter(DateOnly.FromDateTime((s.LastRemindedAt ?? s.SentAt ?? now).UtcDateTime), today, isWorkingDay)
                >= everyWorkingDays).ToList();
        if (due.Count == 0)
            return Unchanged<IReadOnlyList<IssuedToken>>(envelope, []);

        var updated = envelope;
        var tokens = new List<IssuedToken>();
        var entries = new List<AuditEntry>();
        foreach (var signer in due)
        {
            var (withToken, token) = SigningRound.AddToken(signer);
            var reminded = withToken with { RemindersSent = signer.RemindersSent + 1, LastRemindedAt = now };
            updated = updated.WithSigner(reminded);
            tokens.Add(token);
            entries.Add(Entry(AuditEventTypes.Reminded, reminded, RequestOrigin.Unknown, now,
                ("reminder", reminded.RemindersSent.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                with { Actor = AuditEvent.SystemActor });
        }
        return Commit<IReadOnlyList<IssuedToken>>(updated, tokens, entries);
    }

    /// <inheritdoc cref="Remind(Envelope, DateTimeOffset, Func{DateOnly, bool}, int)"/>
    public SigningStep<IReadOnlyList<IssuedToken>> Remind(
        Envelope envelope, DateTimeOffset now, WorkingCalendar calendar, int everyWorkingDays) =>
        Remind(envelope, now, calendar.IsWorkingDay, everyWorkingDays);

    /// <summary>Records that an act went unanswered for the agreed working days (the caller decides that) and so counts
    /// as accepted. No change when the envelope is already closed.</summary>
    /// <exception cref="InvalidOperationException">The envelope is not an act.</exception>
    public SigningStep<EnvelopeStatus> AcceptBySilence(Envelope envelope, DateTimeOffset now)
    {
        if (!EnvelopeKinds.IsAct(envelope.Kind))
            throw new InvalidOperationException($"Only acts are accepted by silence, not '{envelope.Kind}'.");
        if (envelope.Status != EnvelopeStatus.Sent)
            return Unchanged(envelope, envelope.Status);
        var accepted = envelope with { Status = EnvelopeStatus.AcceptedBySilence, ClosedAt = now };
        return Commit(accepted, EnvelopeStatus.AcceptedBySilence,
            [new AuditEntry(AuditEventTypes.AcceptedBySilence, now, AuditEvent.SystemActor)]);
    }

    /// <summary>Records the seal: document kind → SHA-256 (hex) of the sealed PDF as stored.</summary>
    /// <exception cref="InvalidOperationException">The envelope is not completed.</exception>
    public SigningStep<EnvelopeStatus> RecordSealed(
        Envelope envelope, IReadOnlyDictionary<string, string> sealedSha256, DateTimeOffset now)
    {
        if (envelope.Status != EnvelopeStatus.Completed)
            throw new InvalidOperationException("Only a completed envelope is sealed.");
        var data = sealedSha256.ToDictionary(p => "sha256:" + p.Key, p => p.Value.ToLowerInvariant());
        return Commit(envelope, envelope.Status,
            [new AuditEntry(AuditEventTypes.Sealed, now, AuditEvent.SystemActor, Data: data)]);
    }

    public const int MaxReminders = 5;

    private SigningStep<SignOutcome> Finish(
        Envelope envelope, EnvelopeSigner signed, List<AuditEntry> entries, RequestOrigin origin, DateTimeOffset now)
    {
        entries.Add(Entry(AuditEventTypes.Consent, signed, origin, now));
        entries.Add(Entry(AuditEventTypes.Signed, signed, origin, now, ("fullNameEntered", signed.FullNameEntered!)));
        var updated = envelope.WithSigner(signed);
        if (updated.Signers.Where(s => s.MustSign).All(s => s.Status == SignerStatus.Signed))
        {
            entries.Add(new AuditEntry(AuditEventTypes.Completed, now, AuditEvent.SystemActor));
            var completed = updated with { Status = EnvelopeStatus.Completed, ClosedAt = now };
            return Commit(completed, new SignOutcome(signed, true, [], completed.Signers), entries);
        }
        var (invited, tokens, sent) = SigningRound.Invite(updated, SigningRound.Due(updated), now);
        entries.AddRange(sent);
        return Commit(invited, new SignOutcome(signed, false, tokens, []), entries);
    }

    private static EnvelopeSigner MarkOpened(EnvelopeSigner signer, RequestOrigin origin, DateTimeOffset now) => signer with
    {
        Status = signer.Status == SignerStatus.Sent ? SignerStatus.Opened : signer.Status,
        OpenedAt = signer.OpenedAt ?? now,
        Ip = origin.Ip,
        UserAgent = origin.UserAgent,
    };

    private static EnvelopeSigner MarkSigned(EnvelopeSigner signer, string fullName, RequestOrigin origin, DateTimeOffset now) =>
        signer with
        {
            Status = SignerStatus.Signed,
            ConsentedAt = now,
            SignedAt = now,
            FullNameEntered = fullName,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
            CodeHash = null,
        };

    private static IEnumerable<AuditEntry> OpenedEntryIfFirst(
        EnvelopeSigner before, EnvelopeSigner after, RequestOrigin origin, DateTimeOffset now) =>
        before.OpenedAt is null && after.OpenedAt is not null ? [Entry(AuditEventTypes.Opened, after, origin, now)] : [];

    internal static AuditEntry Entry(
        string type, EnvelopeSigner signer, RequestOrigin origin, DateTimeOffset now, params (string Key, string Value)[] extra)
    {
        var data = SigningRound.SignerData(signer);
        foreach (var (key, value) in extra)
            data[key] = value;
        return new AuditEntry(type, now, signer.Email, origin.Ip, origin.UserAgent, data);
    }

    /// <summary>Null failure when the token belongs to an awaited signer of a live envelope. An envelope found past
    /// its expiry is expired on the spot (returned so the caller saves it).</summary>
    private SigningStep<EnvelopeSigner> Locate(Envelope envelope, string token, DateTimeOffset now)
    {
        var signer = FindByToken(envelope, token);
        if (signer is null || (envelope.Status != EnvelopeStatus.Sent && envelope.Status != EnvelopeStatus.Expired))
            return Fail<EnvelopeSigner>(envelope, [], new SigningFailure(SigningFailureKind.InvalidToken));
        if (envelope.Status == EnvelopeStatus.Expired || envelope.IsExpiredAt(now))
        {
            var expired = Expire(envelope, now);
            return new SigningStep<EnvelopeSigner>(expired.Envelope, expired.Events, null,
                new SigningFailure(SigningFailureKind.Expired));
        }
        if (!signer.IsAwaited)
            return Fail<EnvelopeSigner>(envelope, [], new SigningFailure(SigningFailureKind.InvalidToken));
        return Unchanged(envelope, signer);
    }

    private static EnvelopeSigner? FindByToken(Envelope envelope, string token)
    {
        EnvelopeSigner? found = null;
        foreach (var signer in envelope.Signers)
            if (Tokens.SigningTokens.Matches(token, signer.TokenHashes))
                found = signer;
        return found;
    }

    private static int WorkingDaysAfter(DateOnly from, DateOnly to, Func<DateOnly, bool> isWorkingDay)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (isWorkingDay(d))
                count++;
        return count;
    }

    private static SigningStep<T> Refuse<T>(SigningStep<EnvelopeSigner> refused) =>
        new(refused.Envelope, refused.Events, default, refused.Failure);

    private static SigningStep<T> Unchanged<T>(Envelope envelope, T value) => new(envelope, [], value, null);

    private static SigningStep<T> Commit<T>(Envelope envelope, T value, IReadOnlyList<AuditEntry> entries)
    {
        var (events, head) = AuditChain.AppendAll(envelope.AuditHead, envelope.Id, entries);
        return new SigningStep<T>(envelope with { AuditHead = head }, events, value, null);
    }

    private static SigningStep<T> Fail<T>(Envelope envelope, IReadOnlyList<AuditEntry> entries, SigningFailure failure) =>
        Commit<T>(envelope, default!, entries) with { Failure = failure };
}
