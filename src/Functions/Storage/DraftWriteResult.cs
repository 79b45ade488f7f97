namespace DocFlow.Functions.Storage;

/// <summary>What a draft write left in storage: the SHA-256 and length of the blob that is now there.</summary>
public sealed record DraftWriteResult(string Sha256, long Length);
