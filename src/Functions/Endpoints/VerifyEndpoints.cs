using System.Text.Json;
using DocFlow.Functions.Completion;
using DocFlow.Functions.Http;

namespace DocFlow.Functions.Endpoints;

/// <summary>POST /api/verify: anyone may send a PDF (up to 25 MiB) and learn whether DocFlow's seal on it holds.</summary>
public static class VerifyEndpoints
{
    public const long MaxPdfBytes = 25L * 1024 * 1024;

    // Every field always present (null included): the answer's shape is the contract.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/verify", VerifyAsync)
            .WithName("Verify").WithTags("Signing")
            .WithSummary("Check a signed PDF: seal valid, covers the whole file, which envelope and signers, identical to the stored signed version.")
            .Accepts<byte[]>("application/pdf")
            .Produces<VerifyAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> VerifyAsync(HttpContext context, SealedFileVerifier verifier, CancellationToken cancellationToken)
    {
        var pdf = await RequestBody.ReadAsync(context.Request, MaxPdfBytes, cancellationToken);
        if (pdf.Length == 0) return Problems.BadRequest(context, "Send the PDF as the request body.");
        return Results.Json(await verifier.VerifyAsync(pdf, cancellationToken), Json);
    }
}
