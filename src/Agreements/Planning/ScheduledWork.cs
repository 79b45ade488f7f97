namespace DocFlow.Agreements.Planning;

/// <summary>The first and last day an option is worked on.</summary>
internal sealed record ScheduledWork(DateOnly Start, DateOnly End);
