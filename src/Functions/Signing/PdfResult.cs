namespace DocFlow.Functions.Signing;

/// <summary>A document as sent, for the signer to download: personal, so never cached, and never sniffed as HTML.</summary>
public sealed class PdfResult(byte[] pdf, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/pdf";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = true }.ToString();
        context.Response.ContentLength = pdf.Length;
        await context.Response.Body.WriteAsync(pdf, context.RequestAborted);
    }
}
