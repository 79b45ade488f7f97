namespace DocFlow.Templates.ViewModels;

public sealed record ProjectView(string Title, string Summary, string? CurrentState, IReadOnlyList<string> Goals, IReadOnlyList<string> OutOfScope);
