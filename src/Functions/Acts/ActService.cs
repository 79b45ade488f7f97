using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Acts;

/// <summary>POST …/stages/{stageId}/complete: the contractor reports a stage delivered, and its act goes out now.</summary>
public sealed class ActService(AgreementRecords records, ActGenerator generator, ActStateReader states)
{
    public async Task<ServiceAnswer> CompleteAsync(string agreementId, string stageId, CancellationToken cancellationToken)
    {
        var loaded = await records.LoadAsync(agreementId, cancellationToken);
        if (loaded is null) return new ServiceAnswer.NotFound($"No agreement {agreementId}.");
        if (loaded.Agreement.Stages.All(stage => stage.Id != stageId))
            return new ServiceAnswer.NotFound($"Agreement {agreementId} has no stage {stageId}.");
        var outcome = await generator.GenerateAsync(agreementId, stageId, cancellationToken);
        if (outcome is ActOutcome.NotSigned or ActOutcome.Cancelled)
        {
            return new ServiceAnswer.Conflict(outcome == ActOutcome.NotSigned
                ? $"Agreement {agreementId} is not signed yet: its contract and appendices must both be signed first."
                : $"Agreement {agreementId} was terminated before stage {stageId} was delivered.");
        }
        var state = (await states.ReadAsync(agreementId, cancellationToken)).GetValueOrDefault(stageId, ActState.NoAct);
        var answer = new StageActAnswer(agreementId, stageId, outcome == ActOutcome.Issued, state.State, state.EnvelopeId,
            state.SentAt, state.ClosedAt);
        return new ServiceAnswer.Success(StatusCodes.Status200OK, JsonSerializer.Serialize(answer, AgreementJson.Options));
    }
}
