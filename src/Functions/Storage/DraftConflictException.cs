namespace DocFlow.Functions.Storage;

/// <summary>Another request is writing the same draft version with other content right now.</summary>
public sealed class DraftConflictException(string blobName)
    : Exception($"{blobName} is being written by another request with different content.");
