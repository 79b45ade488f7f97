namespace DocFlow.Functions.Processing;

/// <summary>A rendered file as recorded on the agreement: which kind, format, version, and the SHA-256 of its bytes.</summary>
public sealed record StoredDocument(string Kind, string Format, int Version, string Sha256, long Length);
