namespace DocFlow.Functions.Http;

public sealed class RequestBodyTooLargeException(long limit)
    : Exception($"The request body is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
