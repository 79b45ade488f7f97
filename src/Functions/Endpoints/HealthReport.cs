namespace DocFlow.Functions.Endpoints;

public sealed record HealthReport(string Status, string Storage);
