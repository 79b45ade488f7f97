using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Functions.Configuration;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Sending;

/// <summary>
/// Send for signing: the contract in one envelope, the appendices (specification + acceptance) in another, the
/// agreement marked sent with its ETag (the commit point: a concurrent send loses), then the first signers mailed.
/// </summary>
public sealed class SendService(
    AgreementTable agreements,
    DraftVersionWriter drafts,
    EnvelopeTable envelopes,
    MailOutbox outbox,
    DocFlowOptions options,
    TimeProvider time)
{
    public async Task<ServiceAnswer> SendAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await agreements.FindAsync(id, cancellationToken);
        if (entity is null) return new ServiceAnswer.NotFound($"No agreement {id}.");
        if (entity.Status == AgreementStatus.Sent) return await AnswerAsync(entity, cancellationToken);
        if (entity.Status != AgreementStatus.Draft) return new ServiceAnswer.Conflict($"Agreement {id} is {entity.Status}.");
        var agreement = await drafts.ReadAsync(id, entity.Version, cancellationToken)
            ?? throw new StorageUnavailableException($"agreement.json of {id} v{entity.Version} is missing.");

        var hashes = AgreementService.ReadDocuments(entity)
            .Where(document => document.Version == entity.Version && document.Format == "pdf")
            .ToDictionary(document => document.Kind, document => document.Sha256);
        var factory = new EnvelopeFactory(time);
        var created = new[]
        {
            factory.Create(agreement, id, EnvelopeKinds.Contract, Pick(hashes, "contract")),
            factory.Create(agreement, id, EnvelopeKinds.Appendices, Pick(hashes, "specification", "acceptance")),
        };
        // Envelopes first: until the agreement row names them they are unreachable, and no link has been mailed.
        foreach (var envelope in created) await envelopes.AddAsync(envelope.Envelope, envelope.Events, cancellationToken);

        entity.Status = AgreementStatus.Sent;
        entity.EnvelopesJson = JsonSerializer.Serialize(created.Select(envelope => envelope.Envelope.Id).ToArray());
        entity.UpdatedAt = time.GetUtcNow();
        if (!await agreements.TryReplaceAsync(entity, cancellationToken))
            return new ServiceAnswer.Conflict($"Agreement {id} was changed or sent by another request meanwhile.");

        foreach (var envelope in created) await InviteAsync(agreement, envelope, cancellationToken);
        return await AnswerAsync(entity, cancellationToken);
    }

    private async Task InviteAsync(Agreement agreement, CreatedEnvelope created, CancellationToken cancellationToken)
    {
        foreach (var invitation in created.Invitations)
        {
            var link = $"{options.PublicUrl}/sign/{invitation.Token}";
            var mail = InvitationMail.Create($"{created.Envelope.Id}-invite-{invitation.SignerIndex}", agreement.Locale,
                invitation.Name, invitation.Email, agreement.Contractor.DisplayName, agreement.Number,
                created.Envelope.Kind == EnvelopeKinds.Appendices, link, created.Envelope.ExpiresAt);
            await outbox.EnqueueAsync(mail, cancellationToken);
        }
    }

    private async Task<ServiceAnswer> AnswerAsync(AgreementEntity entity, CancellationToken cancellationToken)
    {
        var views = new List<EnvelopeView>();
        foreach (var envelopeId in JsonSerializer.Deserialize<string[]>(entity.EnvelopesJson) ?? [])
        {
            if (await envelopes.FindAsync(envelopeId, cancellationToken) is { } found) views.Add(View(found.Envelope));
        }
        var result = new SendResult(entity.PartitionKey, entity.Status, views);
        return new ServiceAnswer.Success(StatusCodes.Status200OK, JsonSerializer.Serialize(result, AgreementJson.Options));
    }

    public static EnvelopeView View(Envelope envelope) => new(envelope.Id, envelope.Kind,
        envelope.Status.ToString().ToLowerInvariant(), envelope.Documents, envelope.ExpiresAt,
        envelope.Signers.Select(signer => new SignerView(signer.Name, signer.Email, signer.Role.ToString().ToLowerInvariant(),
            signer.Order, signer.Party, signer.Status.ToString().ToLowerInvariant())).ToArray());

    private static IReadOnlyList<KeyValuePair<string, string>> Pick(IReadOnlyDictionary<string, string> hashes, params string[] kinds) =>
        kinds.Select(kind => new KeyValuePair<string, string>(kind, hashes[kind])).ToArray();
}
