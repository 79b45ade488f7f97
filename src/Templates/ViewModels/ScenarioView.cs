namespace DocFlow.Templates.ViewModels;

/// <summary>Number: "{option number}.{scenario number}", e.g. "3.2".</summary>
public sealed record ScenarioView(string Number, string Title, IReadOnlyList<string> Preconditions, IReadOnlyList<string> Steps, IReadOnlyList<string> Expected);
