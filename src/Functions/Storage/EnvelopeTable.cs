using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DocFlow.Agreements.Json;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Storage;

/// <summary>
/// Envelopes, the token-hash index that finds an envelope from a signing link, and the audit events (events table,
/// PartitionKey = envelope id, RowKey = zero-padded sequence, so the trail reads in order and an event is added once).
/// </summary>
/// <remarks>
/// An envelope is saved before its step's events are appended (the envelope's AuditHead says what the trail must end
/// with). So that a writer dying in between loses nothing, the row carries that step's events too, and every read
/// appends any of them the trail still lacks before handing the envelope out.
/// </remarks>
public sealed class EnvelopeTable(StorageClients storage)
{
    private const string TokenRow = "token";

    private TableClient Envelopes => storage.Table(StorageNames.EnvelopesTable);
    private TableClient Events => storage.Table(StorageNames.EventsTable);

    public async Task AddAsync(Envelope envelope, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        await Envelopes.UpsertEntityAsync(ToEntity(envelope, events), TableUpdateMode.Replace, cancellationToken);
        await IndexTokensAsync(envelope, cancellationToken);
        await AppendEventsAsync(events, cancellationToken);
    }

    /// <summary>
    /// Makes every token hash of the envelope findable (reminders and sequential rounds add new ones). Call it before
    /// saving the envelope: an index row for a save that then loses is harmless, as its token is never mailed.
    /// </summary>
    public async Task IndexTokensAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        foreach (var tokenHash in envelope.Signers.SelectMany(signer => signer.TokenHashes))
        {
            await Envelopes.UpsertEntityAsync(new TableEntity(tokenHash, TokenRow) { ["EnvelopeId"] = envelope.Id },
                TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task AppendEventsAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        foreach (var auditEvent in events)
        {
            var entity = new TableEntity(auditEvent.EnvelopeId, RowKey(auditEvent))
            {
                ["Type"] = auditEvent.Type,
                ["EventJson"] = JsonSerializer.Serialize(auditEvent, AgreementJson.Options),
            };
            try
            {
                await Events.AddEntityAsync(entity, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Append-only: a retry of the same event finds it there already.
            }
        }
    }

    public async Task<(Envelope Envelope, ETag ETag)?> FindAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var found = await Envelopes.GetEntityIfExistsAsync<EnvelopeEntity>(envelopeId, EnvelopeEntity.EnvelopeRow,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is null) return null;
        await CompleteTrailAsync(found.Value, cancellationToken);
        var envelope = JsonSerializer.Deserialize<Envelope>(found.Value.EnvelopeJson, AgreementJson.Options)!;
        return (envelope, found.Value.ETag);
    }

    /// <summary>Appends the saved step's events unless its last one is already in the trail (one point read).</summary>
    private async Task CompleteTrailAsync(EnvelopeEntity row, CancellationToken cancellationToken)
    {
        if (row.StepEventsJson is not { Length: > 2 } json) return;
        var events = JsonSerializer.Deserialize<List<AuditEvent>>(json, AgreementJson.Options) ?? [];
        if (events.Count == 0) return;
        var last = await Events.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, RowKey(events[^1]), ["Type"],
            cancellationToken);
        if (!last.HasValue) await AppendEventsAsync(events, cancellationToken);
    }

    private static string RowKey(AuditEvent auditEvent) => auditEvent.Sequence.ToString("D10");

    public async Task<string?> FindIdByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var found = await Envelopes.GetEntityIfExistsAsync<TableEntity>(tokenHash, TokenRow, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? found.Value.GetString("EnvelopeId") : null;
    }

    /// <summary>False when the envelope changed since it was read.</summary>
    public async Task<bool> TryReplaceAsync(Envelope envelope, ETag etag, CancellationToken cancellationToken,
        IReadOnlyList<AuditEvent>? events = null) =>
        await ReplaceAsync(envelope, etag, events ?? [], cancellationToken) is not null;

    /// <summary>The new ETag, or null when the envelope changed since it was read. <paramref name="events"/>: the
    /// step's events, kept on the row until they are surely in the trail.</summary>
    public async Task<ETag?> ReplaceAsync(Envelope envelope, ETag etag, IReadOnlyList<AuditEvent> events,
        CancellationToken cancellationToken)
    {
        try
        {
            var response = await Envelopes.UpdateEntityAsync(ToEntity(envelope, events), etag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return null;
        }
    }

    /// <summary>Inserts a new envelope row; null when one with that id exists.</summary>
    public async Task<ETag?> InsertAsync(Envelope envelope, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Envelopes.AddEntityAsync(ToEntity(envelope, events), cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Every envelope of one agreement (the rows, not the token index).</summary>
    public async Task<IReadOnlyList<(Envelope Envelope, ETag ETag)>> ListByAgreementAsync(string agreementId,
        CancellationToken cancellationToken)
    {
        var found = new List<(Envelope, ETag)>();
        var rows = Envelopes.QueryAsync<EnvelopeEntity>(
            row => row.AgreementId == agreementId && row.RowKey == EnvelopeEntity.EnvelopeRow, cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            await CompleteTrailAsync(row, cancellationToken);
            found.Add((JsonSerializer.Deserialize<Envelope>(row.EnvelopeJson, AgreementJson.Options)!, row.ETag));
        }
        return found;
    }

    private static EnvelopeEntity ToEntity(Envelope envelope, IReadOnlyList<AuditEvent> stepEvents) => new()
    {
        StepEventsJson = stepEvents.Count == 0 ? null : JsonSerializer.Serialize(stepEvents, AgreementJson.Options),
        PartitionKey = envelope.Id,
        AgreementId = envelope.AgreementId,
        Kind = envelope.Kind,
        Status = envelope.Status.ToString().ToLowerInvariant(),
        EnvelopeJson = JsonSerializer.Serialize(envelope, AgreementJson.Options),
    };
}
