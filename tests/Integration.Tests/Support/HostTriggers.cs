using System.Net;
using System.Text.Json;
using DocFlow.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DocFlow.Integration.Tests.Support;

/// <summary>
/// Plays the Functions host for the non-HTTP triggers: POST /ScheduleActs with the timer payload, and for each message
/// on act-requests POST /GenerateAct with it in Data.message, deleting it once handled, as the queue trigger does.
/// </summary>
public sealed class HostTriggers(RunningApp app)
{
    public async Task<IReadOnlyList<string>> ScheduleActsAsync()
    {
        using var response = await Json.PostAsync(app.Client, "/ScheduleActs",
            """{"Data":{"timer":{"IsPastDue":false}},"Metadata":{}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        return [.. body.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!)];
    }

    /// <summary>Delivers every queued act request; returns the requests (agreement id, stage id) in order.</summary>
    public async Task<IReadOnlyList<(string AgreementId, string StageId)>> DrainActRequestsAsync()
    {
        var queue = app.Services.GetRequiredService<StorageClients>().Queue(StorageNames.ActRequestsQueue);
        var delivered = new List<(string, string)>();
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(maxMessages: 32)).Value;
            if (messages.Length == 0) return delivered;
            foreach (var message in messages)
            {
                var text = message.Body.ToString();
                using var response = await Json.PostAsync(app.Client, "/GenerateAct",
                    JsonSerializer.Serialize(new { Data = new { message = text }, Metadata = new { } }));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                var request = JsonDocument.Parse(text).RootElement;
                delivered.Add((request.GetProperty("agreementId").GetString()!, request.GetProperty("stageId").GetString()!));
            }
        }
    }
}
