using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Acts;

/// <summary>
/// Makes one stage's act: render, store, open an envelope for both parties, mail it. Idempotent per (agreement, stage):
/// the envelope is stored first but only becomes the act when the stage row takes its id with the ETag that was read,
/// so of two racing workers one wins and the other's envelope stays unreachable and unmailed.
/// </summary>
public sealed class ActGenerator(
    ActRegistrar registrar,
    AgreementRecords records,
    ActTable acts,
    EnvelopeTable envelopes,
    DocumentIssuer issuer,
    TimeProvider time,
    ILogger<ActGenerator> logger)
{
    public async Task<ActOutcome> GenerateAsync(string agreementId, string stageId, CancellationToken cancellationToken)
    {
        var row = await acts.FindAsync(agreementId, stageId, cancellationToken);
        if (row is null && await registrar.RegisterIfSignedAsync(agreementId, cancellationToken))
            row = await acts.FindAsync(agreementId, stageId, cancellationToken);
        if (row is null) return Done(ActOutcome.NotSigned, agreementId, stageId);
        if (row.Phase == ActPhases.Cancelled) return Done(ActOutcome.Cancelled, agreementId, stageId);
        var loaded = await records.LoadAsync(agreementId, cancellationToken);
        if (loaded is null) return Done(ActOutcome.NotSigned, agreementId, stageId);
        if (row.EnvelopeId is not null)
        {
            if (row.InvitedAt is null) await ReinviteAsync(loaded, row, cancellationToken);
            return Done(ActOutcome.AlreadyIssued, agreementId, stageId);
        }
        if (loaded.Entity.Status == AgreementStatus.Terminated) return Done(ActOutcome.Cancelled, agreementId, stageId);
        return await IssueAsync(loaded, row, cancellationToken);
    }

    private async Task<ActOutcome> IssueAsync(LoadedAgreement loaded, ActEntity row, CancellationToken cancellationToken)
    {
        var stage = loaded.Agreement.Stages.First(candidate => candidate.Id == row.RowKey);
        var today = Zones.Today(time.GetUtcNow(), row.TimeZone);
        var context = new DocumentContext
        {
            Agreement = loaded.Agreement, Plan = loaded.Plan, Fingerprint = loaded.Fingerprint, ActDate = today,
        };
        var kind = DocumentKind.Act(stage.Id);
        var issued = await issuer.IssueAsync(loaded, context, kind, EnvelopeKinds.Act(stage.Id), "act", cancellationToken);
        var envelope = issued.Envelope.Envelope;
        await envelopes.AddAsync(envelope, issued.Envelope.Events, cancellationToken);

        row.EnvelopeId = envelope.Id;
        row.SentAt = envelope.CreatedAt;
        row.Phase = ActPhases.Open;
        if (!await acts.TryReplaceAsync(row, cancellationToken)) return Done(ActOutcome.AlreadyIssued, loaded.Id, row.RowKey);

        await records.AddAsync(loaded.Id, issued.Documents, envelope.Id, cancellationToken);
        await issuer.InviteAsync(loaded, envelope, issued.Envelope.Invitations,
            ActMails.DocumentName(loaded.Agreement.Locale, envelope.Kind, stage.Title), cancellationToken);
        await MarkInvitedAsync(row, cancellationToken);
        return Done(ActOutcome.Issued, loaded.Id, row.RowKey);
    }

    // The worker died between committing the act and mailing it: the raw tokens are gone (only hashes are stored),
    // so the awaited signers get fresh links, as a reminder would.
    private async Task ReinviteAsync(LoadedAgreement loaded, ActEntity row, CancellationToken cancellationToken)
    {
        if (await envelopes.FindAsync(row.EnvelopeId!, cancellationToken) is not { } found) return;
        var envelope = found.Envelope;
        var tokens = new List<IssuedToken>();
        foreach (var signer in envelope.Signers.Where(signer => signer.IsAwaited))
        {
            var (withToken, token) = SigningRound.AddToken(signer);
            envelope = envelope.WithSigner(withToken);
            tokens.Add(token);
        }
        if (!await envelopes.TryReplaceAsync(envelope, found.ETag, cancellationToken)) return;
        await records.AddAsync(loaded.Id, [], envelope.Id, cancellationToken);
        var stage = loaded.Agreement.Stages.First(candidate => candidate.Id == row.RowKey);
        await issuer.InviteAsync(loaded, envelope, tokens,
            ActMails.DocumentName(loaded.Agreement.Locale, envelope.Kind, stage.Title), cancellationToken);
        await MarkInvitedAsync(row, cancellationToken);
    }

    private async Task MarkInvitedAsync(ActEntity row, CancellationToken cancellationToken)
    {
        var fresh = await acts.FindAsync(row.PartitionKey, row.RowKey, cancellationToken);
        if (fresh is null || fresh.InvitedAt is not null) return;
        fresh.InvitedAt = time.GetUtcNow();
        await acts.TryReplaceAsync(fresh, cancellationToken);
    }

    private ActOutcome Done(ActOutcome outcome, string agreementId, string stageId)
    {
        logger.LogInformation("Act {AgreementId}/{StageId}: {Outcome}", agreementId, stageId, outcome);
        return outcome;
    }
}
