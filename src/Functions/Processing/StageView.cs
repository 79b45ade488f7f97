namespace DocFlow.Functions.Processing;

/// <summary>A stage with its planned dates and where its act is ("none" until the acts work issues one).</summary>
public sealed record StageView(string Id, string Title, DateOnly? Start, DateOnly? End, decimal? Amount, string ActState);
