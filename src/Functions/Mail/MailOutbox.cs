using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using DocFlow.Agreements.Json;
using DocFlow.Functions.Configuration;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Mail;

/// <summary>
/// At-least-once mail: record first (blob + outbox row), then send, then mark sent. A crash between sending and
/// marking re-sends that one mail once; nothing recorded is ever lost. Retries back off exponentially.
/// </summary>
public sealed class MailOutbox(StorageClients storage, IMailTransport transport, DocFlowOptions options, TimeProvider time,
    OutboxSignal signal, ILogger<MailOutbox> logger)
{
    /// <summary>How long a claimed mail stays claimed: past this, another instance may try it again.</summary>
    public static TimeSpan ClaimFor { get; } = TimeSpan.FromMinutes(2);
    private const int MaxAttempts = 12;

    private TableClient Table => storage.Table(StorageNames.OutboxTable);

    public async Task EnqueueAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.MailContainer).GetBlobClient(message.Id + ".json");
        try
        {
            await blob.UploadAsync(BinaryData.FromObjectAsJson(message, AgreementJson.Options),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already recorded by an earlier attempt: the same mail, keep the first.
        }
        var entity = new OutboxEntity
        {
            RowKey = message.Id,
            NextAttemptAt = time.GetUtcNow(),
            Subject = Truncate(message.Subject),
            Recipients = Truncate(string.Join(", ", message.To.Select(to => to.Email))),
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return;
        }
        signal.Notify();
    }

    /// <summary>Sends every mail that is due; returns how many were accepted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = Table.QueryAsync<OutboxEntity>(
            entity => (entity.State == OutboxState.Pending || entity.State == OutboxState.Sending) && entity.NextAttemptAt <= now,
            cancellationToken: cancellationToken);
        var accepted = 0;
        await foreach (var entity in due)
        {
            if (await DeliverAsync(entity, cancellationToken)) accepted++;
        }
        return accepted;
    }

    private async Task<bool> DeliverAsync(OutboxEntity entity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        entity.State = OutboxState.Sending;
        entity.NextAttemptAt = now + ClaimFor;
        entity.Attempts++;
        try
        {
            entity.ETag = (await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag!.Value;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false; // another instance claimed it first
        }

        var message = await LoadAsync(entity.RowKey, cancellationToken);
        var delivery = message is null
            ? MailDelivery.Rejected("The message blob is missing.")
            : await SendSafelyAsync(message, cancellationToken);
        Record(entity, delivery);
        await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        // Only after the row says "sent": until then a retry needs the body.
        if (delivery.Outcome == MailDeliveryOutcome.Accepted && message!.DeleteBodyWhenSent)
            await storage.Container(StorageNames.MailContainer).GetBlobClient(entity.RowKey + ".json")
                .DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return delivery.Outcome == MailDeliveryOutcome.Accepted;
    }

    private async Task<MailDelivery> SendSafelyAsync(MailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return MailDelivery.Retry(e.Message);
        }
    }

    private void Record(OutboxEntity entity, MailDelivery delivery)
    {
        var now = time.GetUtcNow();
        entity.LastResult = Truncate(delivery.Detail);
        switch (delivery.Outcome)
        {
            case MailDeliveryOutcome.Accepted:
                entity.State = OutboxState.Sent;
                entity.SentAt = now;
                break;
            case MailDeliveryOutcome.Retry when entity.Attempts < MaxAttempts:
                entity.State = OutboxState.Pending;
                entity.NextAttemptAt = now + (delivery.RetryAfter ?? Backoff(entity.Attempts));
                logger.LogWarning("Mail {Id} not accepted ({Detail}); attempt {Attempt}, next at {Next}",
                    entity.RowKey, delivery.Detail, entity.Attempts, entity.NextAttemptAt);
                break;
            default:
                entity.State = OutboxState.Rejected;
                logger.LogError("Mail {Id} given up: {Detail}", entity.RowKey, delivery.Detail);
                break;
        }
    }

    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(options.MailRetryBase.TotalMilliseconds * Math.Pow(2, attempts - 1),
            TimeSpan.FromMinutes(10).TotalMilliseconds));

    private async Task<MailMessage?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Container(StorageNames.MailContainer).GetBlobClient(id + ".json")
                .DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<MailMessage>(AgreementJson.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<OutboxEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<OutboxEntity>(OutboxEntity.Partition, id, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static string Truncate(string value) => value.Length <= 1000 ? value : value[..1000];
}
