using DocFlow.Signing.Pages;

namespace DocFlow.Functions.Signing;

/// <summary>A signing page with the headers it is designed for (CSP without scripts, no caching, no referrer, no framing).</summary>
public sealed class PageResult(string html, int status) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in PageSecurity.Headers) context.Response.Headers[name] = value;
        context.Response.ContentType = PageSecurity.ContentType;
        await context.Response.WriteAsync(html, context.RequestAborted);
    }
}
