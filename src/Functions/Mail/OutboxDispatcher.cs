using DocFlow.Functions.Configuration;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Mail;

/// <summary>Sends due mail in the background: when signalled, and every poll interval for retries and crashes.</summary>
public sealed class OutboxDispatcher(MailOutbox outbox, OutboxSignal signal, DocFlowOptions options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (StorageFaults.IsUnavailable(e) && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox: storage unavailable ({Message}); will retry", e.Message);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Outbox delivery failed; will retry");
            }
            try
            {
                await signal.WaitAsync(options.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
