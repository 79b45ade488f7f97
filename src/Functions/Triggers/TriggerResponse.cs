namespace DocFlow.Functions.Triggers;

/// <summary>The custom handler's answer to the host: output bindings, log lines, and the function's return value.</summary>
public sealed record TriggerResponse(Dictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue);
