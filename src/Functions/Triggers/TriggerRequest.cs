using System.Text.Json;

namespace DocFlow.Functions.Triggers;

/// <summary>What the Functions host POSTs to /{FunctionName} for a non-HTTP trigger: binding data and metadata.</summary>
public sealed record TriggerRequest
{
    public Dictionary<string, JsonElement> Data { get; init; } = [];
    public Dictionary<string, JsonElement> Metadata { get; init; } = [];
}
