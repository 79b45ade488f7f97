namespace DocFlow.Agreements.Validation;

/// <summary>One thing wrong with the input: a JSON Pointer (<c>/options/3/hours</c>) and a message in plain words.</summary>
public sealed record Problem(string Path, string Message);
