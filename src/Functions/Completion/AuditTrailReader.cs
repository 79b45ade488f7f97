using System.Text.Json;
using Azure.Data.Tables;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Audit;

namespace DocFlow.Functions.Completion;

/// <summary>Reads an envelope's audit trail back from the events table (as EnvelopeTable writes it), in order.</summary>
public sealed class AuditTrailReader(StorageClients storage)
{
    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var events = new List<AuditEvent>();
        var rows = storage.Table(StorageNames.EventsTable).QueryAsync<TableEntity>(
            row => row.PartitionKey == envelopeId, select: ["EventJson"], cancellationToken: cancellationToken);
        await foreach (var row in rows)
            events.Add(JsonSerializer.Deserialize<AuditEvent>(row.GetString("EventJson"), AgreementJson.Options)!);
        return [.. events.OrderBy(e => e.Sequence)];
    }
}
