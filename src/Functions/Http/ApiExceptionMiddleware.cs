using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Http;

/// <summary>
/// The last word on failures: a body past the limit is 413, storage that does not answer is 503 with Retry-After
/// (the client may retry with the same Idempotency-Key), anything else is a 500 problem without internals.
/// </summary>
public sealed class ApiExceptionMiddleware(RequestDelegate next, ILogger<ApiExceptionMiddleware> logger)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            var result = Map(context, e);
            await result.ExecuteAsync(context);
        }
    }

    private IResult Map(HttpContext context, Exception exception)
    {
        switch (exception)
        {
            case RequestBodyTooLargeException tooLarge:
                return Problems.Create(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"The request body must be at most {tooLarge.Limit} bytes.");
            case BadHttpRequestException bad:
                return Problems.Create(context, bad.StatusCode, "Bad request", bad.Message);
            case var fault when StorageFaults.IsUnavailable(fault):
                logger.LogWarning(fault, "Storage unavailable");
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                return Problems.Create(context, StatusCodes.Status503ServiceUnavailable, "Storage unavailable",
                    "Storage did not answer. Retry later with the same Idempotency-Key; nothing was stored twice.");
            default:
                logger.LogError(exception, "Unhandled error");
                return Problems.Create(context, StatusCodes.Status500InternalServerError, "Internal error",
                    $"Something failed on our side. Quote request id {context.TraceIdentifier}.");
        }
    }
}
