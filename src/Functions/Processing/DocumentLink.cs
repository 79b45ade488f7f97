namespace DocFlow.Functions.Processing;

/// <summary>A stored document as the API lists it, with the URL that downloads it.</summary>
public sealed record DocumentLink(string Kind, string Format, int Version, string Sha256, long Length, string Url);
