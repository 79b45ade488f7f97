using DocFlow.Functions.Signing;

namespace DocFlow.Functions.Endpoints;

/// <summary>/sign/{token}: the signer's pages. No API key: the link is the credential.</summary>
public static class SigningEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sign/{token}").WithTags("Signing").DisableAntiforgery();
        group.MapGet("", (HttpContext c, string token, SignerRequests s, CancellationToken ct) => s.OpenAsync(c, token, ct))
            .WithName("SigningPage").WithSummary("The signing page: who asks, the documents, consent, sign or decline.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").Produces(StatusCodes.Status404NotFound, contentType: "text/html");
        group.MapPost("/code", (HttpContext c, string token, SignerRequests s, CancellationToken ct) => s.RequestCodeAsync(c, token, ct))
            .WithName("RequestCode").WithSummary("Mail a one-time code (6 digits, 10 minutes, 5 tries).");
        group.MapPost("", (HttpContext c, string token, SignerRequests s, CancellationToken ct) => s.SignAsync(c, token, ct))
            .WithName("Sign").WithSummary("{ fullName, code, consent: true } (JSON or the page's form) → signed.");
        group.MapPost("/decline", (HttpContext c, string token, SignerRequests s, CancellationToken ct) => s.DeclineAsync(c, token, ct))
            .WithName("Decline").WithSummary("{ reason } → declined; the sender is told.");
        group.MapGet("/documents/{file}", (string token, string file, SignerRequests s, CancellationToken ct) => s.DocumentAsync(token, file, ct))
            .WithName("SignerDocument").WithSummary("A document as sent: /sign/{token}/documents/{kind}.pdf")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }
}
