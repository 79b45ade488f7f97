namespace DocFlow.Templates.ViewModels;

/// <summary>Role: "signs", "approves" or "copy".</summary>
public sealed record SignerView(string Name, string Email, string Role);
