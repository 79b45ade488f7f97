using DocFlow.Functions.Acts;
using DocFlow.Functions.Completion;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Signing;

/// <summary>
/// What follows an envelope's last answer. Completed: the signed version is sealed, stored and mailed; a signed
/// contract and appendices make the agreement signed (its stage acts get scheduled); a signed act is closed and may
/// complete the agreement. Declined act: closed as declined. Every step is idempotent, and the morning run repeats any
/// that a crash or a storage fault left undone, so the signer's answer is never lost.
/// </summary>
public sealed class EnvelopeClosing(
    EnvelopeCompleter completer,
    ActRegistrar registrar,
    ActTable acts,
    AgreementCompletion completion,
    ILogger<EnvelopeClosing> logger)
{
    public async Task ClosedAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        try
        {
            if (envelope.Status is EnvelopeStatus.Completed or EnvelopeStatus.AcceptedBySilence)
                await completer.CompleteAsync(envelope.Id, cancellationToken);
            if (envelope.Kind is EnvelopeKinds.Contract or EnvelopeKinds.Appendices && envelope.Status == EnvelopeStatus.Completed)
                await registrar.RegisterIfSignedAsync(envelope.AgreementId, cancellationToken);
            if (EnvelopeKinds.IsAct(envelope.Kind)) await CloseActAsync(envelope, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer is saved; sealing and the rest are retried by the next ScheduleActs run.
            logger.LogError(e, "Envelope {EnvelopeId} of agreement {AgreementId} closed, follow-up failed; the morning run retries it",
                envelope.Id, envelope.AgreementId);
        }
    }

    private async Task CloseActAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        var stageId = envelope.Kind["act-".Length..];
        var row = await acts.FindAsync(envelope.AgreementId, stageId, cancellationToken);
        if (row is null || row.EnvelopeId != envelope.Id || row.Phase != ActPhases.Open) return;
        row.Phase = ActPhases.Closed;
        if (await acts.TryReplaceAsync(row, cancellationToken))
            await completion.CompleteIfDoneAsync(envelope.AgreementId, cancellationToken);
    }
}
