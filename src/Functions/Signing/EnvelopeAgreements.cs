using DocFlow.Agreements.Model;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Signing;

/// <summary>The agreement an envelope belongs to, as stored in the version that is current now (names, parties,
/// stage titles: what the signing page and its mails say about who asks).</summary>
public sealed class EnvelopeAgreements(AgreementTable agreements, DraftVersionWriter files)
{
    public async Task<(AgreementEntity Entity, Agreement Agreement)?> FindAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        var entity = await agreements.FindAsync(envelope.AgreementId, cancellationToken);
        if (entity is null) return null;
        var agreement = await files.ReadAsync(envelope.AgreementId, entity.Version, cancellationToken)
            ?? throw new StorageUnavailableException($"agreement.json of {envelope.AgreementId} v{entity.Version} is missing.");
        return (entity, agreement);
    }

    /// <summary>What the envelope carries, in its language ("Договор", "Акт выполненных работ по этапу «…»").</summary>
    public static string EnvelopeName(Envelope envelope, Agreement agreement)
    {
        var stageId = EnvelopeKinds.IsAct(envelope.Kind) ? envelope.Kind["act-".Length..] : null;
        var title = agreement.Stages.FirstOrDefault(stage => stage.Id == stageId)?.Title;
        return Acts.ActMails.DocumentName(envelope.Locale, envelope.Kind, title);
    }
}
