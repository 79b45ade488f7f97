using DocFlow.Agreements.Model;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Acts;

/// <summary>
/// When every stage's act is accepted (signed or by silence), the agreement is completed and both parties get the
/// support notice: support runs from the final act's date for supportMonths, and what it covers.
/// </summary>
public sealed class AgreementCompletion(AgreementRecords records, ActTable acts, ActStateReader states, MailOutbox outbox)
{
    public async Task<bool> CompleteIfDoneAsync(string agreementId, CancellationToken cancellationToken)
    {
        var loaded = await records.LoadAsync(agreementId, cancellationToken);
        if (loaded is null || loaded.Entity.Status is not (AgreementStatus.Signed or AgreementStatus.Completed)) return false;
        var stageStates = await states.ReadAsync(agreementId, cancellationToken);
        if (loaded.Plan.Stages.Any(stage => !stageStates.TryGetValue(stage.Id, out var state) || !state.IsAccepted)) return false;

        var zone = Zones.Find(loaded.Agreement.Terms.Sla.TimeZone);
        var finalActOn = stageStates.Values.Max(state => Zones.DateOn(state.ClosedAt ?? state.SentAt!.Value, zone));
        var supportUntil = finalActOn.AddMonths(loaded.Agreement.Terms.SupportMonths);
        await records.UpdateAsync(agreementId, entity =>
        {
            if (entity.Status != AgreementStatus.Signed) return false;
            entity.Status = AgreementStatus.Completed;
            return true;
        }, cancellationToken);
        // Mailed whenever the agreement is found complete: the outbox keeps one mail per id, so a retry after a crash
        // between the status change and the mail still sends it, and never twice.
        await outbox.EnqueueAsync(ActMails.SupportNotice($"{agreementId}-support", loaded.Agreement, Parties(loaded.Agreement),
            finalActOn, supportUntil), cancellationToken);
        return true;
    }

    /// <summary>Both parties: their own addresses and every signer's, each once.</summary>
    public static IReadOnlyList<MailAddress> Parties(Agreement agreement) =>
        new[] { new MailAddress(agreement.Contractor.Email, agreement.Contractor.DisplayName) }
            .Concat(agreement.Contractor.Signers.Select(signer => new MailAddress(signer.Email, signer.Name)))
            .Append(new MailAddress(agreement.Client.Email, agreement.Client.DisplayName))
            .Concat(agreement.Client.Signers.Select(signer => new MailAddress(signer.Email, signer.Name)))
            .DistinctBy(address => address.Email.ToLowerInvariant())
            .ToArray();
}
