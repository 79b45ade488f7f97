using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Acts;

/// <summary>Each stage's act state, derived from the act rows and the envelopes themselves (nothing to keep in step).</summary>
public sealed class ActStateReader(ActTable acts, EnvelopeTable envelopes)
{
    public async Task<IReadOnlyDictionary<string, ActState>> ReadAsync(string agreementId, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, ActState>();
        foreach (var row in await acts.ListAsync(agreementId, cancellationToken))
            states[row.RowKey] = await StateOfAsync(row, cancellationToken);
        return states;
    }

    private async Task<ActState> StateOfAsync(ActEntity row, CancellationToken cancellationToken)
    {
        if (row.Phase == ActPhases.Cancelled) return ActState.NoAct with { State = ActState.Cancelled };
        if (row.EnvelopeId is null) return ActState.NoAct;
        return await envelopes.FindAsync(row.EnvelopeId, cancellationToken) is { } found ? ActState.Of(found.Envelope) : ActState.NoAct;
    }
}
