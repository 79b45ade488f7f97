using System.Text.Json;
using DocFlow.Agreements.Json;

namespace DocFlow.Functions.Triggers;

/// <summary>
/// Non-HTTP triggers as the Functions host delivers them to a custom handler: POST /{FunctionName} with
/// { Data, Metadata }, answered with { Outputs, Logs, ReturnValue }. Names match the function folders.
/// </summary>
public static class TriggerEndpoints
{
    public const string ScheduleActs = "ScheduleActs";
    public const string GenerateAct = "GenerateAct";
    /// <summary>The queue binding's name in functions/GenerateAct/function.json.</summary>
    public const string QueueBinding = "message";

    // The host reads Outputs, Logs and ReturnValue as written (PascalCase), not the API's camelCase.
    private static readonly JsonSerializerOptions HostJson = new();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost($"/{ScheduleActs}", ScheduleAsync).ExcludeFromDescription();
        routes.MapPost($"/{GenerateAct}", GenerateAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> ScheduleAsync(TriggerRequest request, IActWork work, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var logs = await work.ScheduleAsync(time.GetUtcNow(), cancellationToken);
        return Results.Json(new TriggerResponse([], logs, null), HostJson);
    }

    private static async Task<IResult> GenerateAsync(TriggerRequest request, IActWork work, CancellationToken cancellationToken)
    {
        if (!request.Data.TryGetValue(QueueBinding, out var payload) || ParseActRequest(payload) is not { } actRequest)
            return Results.Json(new TriggerResponse([], [$"GenerateAct: no act request in Data.{QueueBinding}"], null), HostJson, statusCode: 400);
        var logs = await work.GenerateAsync(actRequest, cancellationToken);
        return Results.Json(new TriggerResponse([], logs, null), HostJson);
    }

    /// <summary>The host passes a JSON queue message either as an object or as a string holding JSON.</summary>
    public static ActRequest? ParseActRequest(JsonElement payload)
    {
        try
        {
            var json = payload.ValueKind == JsonValueKind.String ? payload.GetString()! : payload.GetRawText();
            var request = JsonSerializer.Deserialize<ActRequest>(json, AgreementJson.Options);
            return request is { AgreementId.Length: > 0, StageId.Length: > 0 } ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
