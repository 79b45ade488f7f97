namespace DocFlow.Functions.Storage;

/// <summary>Storage did not answer (network, timeout, 5xx): the request may be retried, the API says 503.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
