namespace DocFlow.Functions.Http;

/// <summary>Reads a request body as bytes under a size limit, whether or not the client sent Content-Length.</summary>
public static class RequestBody
{
    public const long DefaultLimit = 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) throw new RequestBodyTooLargeException(limit);
        var feature = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) throw new RequestBodyTooLargeException(limit);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestBodyTooLargeException(limit);
        }
        return buffer.ToArray();
    }
}
