using Azure.Data.Tables;
using DocFlow.Agreements.Calendar;
using DocFlow.Functions.Configuration;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Signing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;

namespace DocFlow.Functions.Acts;

/// <summary>
/// The morning's work on envelopes still out for signature: an act unanswered by the client for autoAcceptWorkingDays
/// working days is accepted by silence (recorded, sealed, both parties told); a lapsed envelope expires and its sender
/// is told; awaited signers are reminded every reminderEveryWorkingDays working days (at most 5 times).
/// </summary>
public sealed class ActFollowUp(
    StorageClients storage,
    AgreementRecords records,
    EnvelopeTable envelopes,
    EnvelopeSaver saver,
    ActTable acts,
    AgreementCompletion completion,
    IActSealing sealing,
    Completion.SignedVersionStore signedVersions,
    Signing.EnvelopeClosing closing,
    MailOutbox outbox,
    DocFlowOptions options,
    ILogger<ActFollowUp> logger)
{
    private readonly SigningService _signing = new();

    public async Task<IReadOnlyList<string>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var logs = new List<string>();
        var agreements = new Dictionary<string, LoadedAgreement?>();
        var open = storage.Table(StorageNames.EnvelopesTable).QueryAsync<EnvelopeEntity>(
            $"RowKey eq '{EnvelopeEntity.EnvelopeRow}' and Status eq 'sent'", select: ["PartitionKey", "AgreementId"],
            cancellationToken: cancellationToken);
        await foreach (var row in open)
        {
            if (!agreements.TryGetValue(row.AgreementId, out var loaded))
                agreements[row.AgreementId] = loaded = await records.LoadAsync(row.AgreementId, cancellationToken);
            if (loaded is not null && await FollowUpAsync(loaded, row.PartitionKey, now, cancellationToken) is { } done)
                logs.Add(done);
        }
        logs.AddRange(await CloseSettledActsAsync(cancellationToken));
        logs.AddRange(await FinishUnsealedAsync(cancellationToken));
        return logs;
    }

    /// <summary>Envelopes whose last signature was saved but whose seal, storage or mail failed at the time: done now.</summary>
    private async Task<IReadOnlyList<string>> FinishUnsealedAsync(CancellationToken cancellationToken)
    {
        var logs = new List<string>();
        var closed = storage.Table(StorageNames.EnvelopesTable).QueryAsync<EnvelopeEntity>(
            $"RowKey eq '{EnvelopeEntity.EnvelopeRow}' and (Status eq 'completed' or Status eq 'acceptedbysilence')",
            select: ["PartitionKey"], cancellationToken: cancellationToken);
        await foreach (var row in closed)
        {
            if (await signedVersions.FindAsync(row.PartitionKey, cancellationToken) is not null) continue;
            if (await envelopes.FindAsync(row.PartitionKey, cancellationToken) is not { } found) continue;
            await closing.ClosedAsync(found.Envelope, cancellationToken);
            logs.Add($"{found.Envelope.Kind} {found.Envelope.Id} of {found.Envelope.AgreementId}: signed version finished");
        }
        return logs;
    }

    private async Task<string?> FollowUpAsync(LoadedAgreement loaded, string envelopeId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (await envelopes.FindAsync(envelopeId, cancellationToken) is not { } found) return null;
        var envelope = found.Envelope;
        if (envelope.Status != EnvelopeStatus.Sent) return null;
        var terms = loaded.Agreement.Terms;
        var calendar = WorkingCalendar.From(loaded.Agreement.Schedule);
        if (IsAcceptedBySilence(loaded, envelope, calendar, now))
        {
            var step = _signing.AcceptBySilence(envelope, now);
            if (!await saver.SaveAsync(step, found.ETag, cancellationToken)) return null;
            await AfterSilenceAsync(loaded, step.Envelope, now, cancellationToken);
            return $"{envelope.Kind} {envelope.Id} of {loaded.Id} accepted by silence";
        }
        if (envelope.IsExpiredAt(now))
        {
            var step = _signing.Expire(envelope, now);
            if (!await saver.SaveAsync(step, found.ETag, cancellationToken)) return null;
            await outbox.EnqueueAsync(ActMails.Expired($"{envelope.Id}-expired", envelope.Locale, new MailAddress(envelope.SenderEmail),
                envelope.AgreementNumber, EnvelopeAgreements.EnvelopeName(envelope, loaded.Agreement), envelope.ExpiresAt), cancellationToken);
            return $"{envelope.Kind} {envelope.Id} of {loaded.Id} expired";
        }
        var reminded = _signing.Remind(envelope, now, calendar, terms.ReminderEveryWorkingDays);
        if (reminded.Value is not { Count: > 0 } tokens || !await saver.SaveAsync(reminded, found.ETag, cancellationToken)) return null;
        foreach (var token in tokens)
        {
            var signer = reminded.Envelope.Signers[token.SignerIndex];
            await outbox.EnqueueAsync(ActMails.Reminder($"{envelope.Id}-remind-{token.SignerIndex}-{signer.RemindersSent}",
                envelope.Locale, new MailAddress(token.Email, token.Name), envelope.AgreementNumber, EnvelopeAgreements.EnvelopeName(envelope, loaded.Agreement),
                $"{options.PublicUrl}/sign/{token.Token}"), cancellationToken);
        }
        return $"{envelope.Kind} {envelope.Id} of {loaded.Id}: {tokens.Count} reminder(s)";
    }

    /// <summary>The client neither signed nor declined within the agreed working days of the act being sent.</summary>
    public static bool IsAcceptedBySilence(LoadedAgreement loaded, Envelope envelope, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (!EnvelopeKinds.IsAct(envelope.Kind) || envelope.Status != EnvelopeStatus.Sent) return false;
        // The client must have had the act: in sequential order its signers may not be invited yet.
        if (!envelope.UnansweredClientSigners.Any() || envelope.ClientReceivedAt is not { } received) return false;
        var zone = Zones.Find(loaded.Agreement.Terms.Sla.TimeZone);
        var sentOn = Zones.DateOn(received, zone);
        return calendar.WorkingDaysBetween(sentOn, Zones.DateOn(now, zone)) >= loaded.Agreement.Terms.AutoAcceptWorkingDays;
    }

    private async Task AfterSilenceAsync(LoadedAgreement loaded, Envelope envelope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = Zones.Find(loaded.Agreement.Terms.Sla.TimeZone);
        await sealing.SealAsync(envelope.Id, cancellationToken);
        await outbox.EnqueueAsync(ActMails.AcceptedBySilence($"{envelope.Id}-accepted-by-silence", envelope.Locale,
            AgreementCompletion.Parties(loaded.Agreement), envelope.AgreementNumber, EnvelopeAgreements.EnvelopeName(envelope, loaded.Agreement),
            Zones.DateOn(envelope.CreatedAt, zone), loaded.Agreement.Terms.AutoAcceptWorkingDays, Zones.DateOn(now, zone)),
            cancellationToken);
    }

    /// <summary>Acts whose envelopes closed (signed through the links, accepted, declined, expired): closed here, and
    /// the agreement completed when that was the last one.</summary>
    private async Task<IReadOnlyList<string>> CloseSettledActsAsync(CancellationToken cancellationToken)
    {
        var logs = new List<string>();
        var touched = new HashSet<string>();
        await foreach (var row in acts.QueryOpenAsync(cancellationToken))
        {
            if (row.EnvelopeId is null || await envelopes.FindAsync(row.EnvelopeId, cancellationToken) is not { } found
                || found.Envelope.Status == EnvelopeStatus.Sent)
                continue;
            row.Phase = ActPhases.Closed;
            if (await acts.TryReplaceAsync(row, cancellationToken)) touched.Add(row.PartitionKey);
        }
        foreach (var agreementId in touched)
        {
            if (await completion.CompleteIfDoneAsync(agreementId, cancellationToken)) logs.Add($"agreement {agreementId} completed");
        }
        logger.LogInformation("Acts closed for {Count} agreement(s)", touched.Count);
        return logs;
    }
}
