namespace DocFlow.Functions.Http;

/// <summary>One input problem in a problem+json answer: a JSON Pointer into the request body and plain words.</summary>
public sealed record ProblemError(string Path, string Message);
