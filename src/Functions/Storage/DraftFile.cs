namespace DocFlow.Functions.Storage;

/// <summary>An opened draft blob; the caller disposes the stream (the HTTP response does, when it streams it).</summary>
public sealed record DraftFile(Stream Content, string ContentType, long Length, string ETag);
