using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Acts;

/// <summary>
/// Notices an agreement is signed (its contract and appendices envelopes both completed), marks it signed and adds a
/// row per stage with the day its act is due, so later runs find due stages with one query.
/// </summary>
public sealed class ActRegistrar(AgreementRecords records, EnvelopeTable envelopes, ActTable acts)
{
    public static bool MaySign(string status) => status is AgreementStatus.Sent or AgreementStatus.Signed;

    /// <summary>True when the agreement is signed and its stages are registered (now or earlier).</summary>
    public async Task<bool> RegisterIfSignedAsync(string agreementId, CancellationToken cancellationToken)
    {
        var loaded = await records.LoadAsync(agreementId, cancellationToken);
        if (loaded is null || !MaySign(loaded.Entity.Status) || !await IsSignedAsync(loaded, cancellationToken)) return false;
        var zone = loaded.Agreement.Terms.Sla.TimeZone;
        await acts.AddMissingAsync(loaded.Plan.Stages.Select(stage => new ActEntity
        {
            PartitionKey = agreementId,
            RowKey = stage.Id,
            DueOn = stage.End.AddDays(1).ToString("yyyy-MM-dd"),
            TimeZone = zone,
        }), cancellationToken);
        await acts.MarkRegisteredAsync(agreementId, cancellationToken);
        await records.UpdateAsync(agreementId, entity =>
        {
            if (entity.Status != AgreementStatus.Sent) return false;
            entity.Status = AgreementStatus.Signed;
            return true;
        }, cancellationToken);
        return true;
    }

    private async Task<bool> IsSignedAsync(LoadedAgreement loaded, CancellationToken cancellationToken)
    {
        var completed = new HashSet<string>();
        foreach (var id in AgreementRecords.EnvelopeIds(loaded.Entity))
        {
            if (await envelopes.FindAsync(id, cancellationToken) is { Envelope: { Status: EnvelopeStatus.Completed } envelope })
                completed.Add(envelope.Kind);
        }
        return completed.Contains(EnvelopeKinds.Contract) && completed.Contains(EnvelopeKinds.Appendices);
    }
}
