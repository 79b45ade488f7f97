using DocFlow.Functions.Acts;
using DocFlow.Functions.Http;
using DocFlow.Functions.Idempotency;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Sending;
using DocFlow.Functions.Termination;
using Microsoft.AspNetCore.Mvc;

namespace DocFlow.Functions.Endpoints;

/// <summary>/api/agreements: create, update, read and download. Handlers only translate HTTP to services.</summary>
public static class AgreementEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agreements").AddEndpointFilter<ApiKeyFilter>().WithTags("Agreements");
        group.MapPost("", CreateAsync).WithName("CreateAgreement")
            .WithSummary("Validate, compute, render every document (DOCX + PDF) and store version 1.")
            .Accepts<object>("application/json")
            .Produces<AgreementSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateAgreement")
            .WithSummary("A new version, while nothing is signed yet.")
            .Accepts<object>("application/json")
            .Produces<AgreementSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id}", GetAsync).WithName("GetAgreement")
            .WithSummary("Status, computed plan, documents with version and SHA-256, envelopes, stages.")
            .Produces<AgreementView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/documents/{kind}", DownloadAsync).WithName("DownloadDocument")
            .WithSummary("A stored document: contract, specification, acceptance, act-{stageId}, termination.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/send", SendAsync).WithName("SendAgreement")
            .WithSummary("Create the envelopes (contract; specification + acceptance) and mail the first signers.")
            .Produces<SendResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/stages/{stageId}/complete", CompleteStageAsync).WithName("CompleteStage")
            .WithSummary("The contractor reports a stage delivered: its act is generated and sent now (idempotent per stage).")
            .Produces<StageActAnswer>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/termination", TerminateAsync).WithName("Terminate")
            .WithSummary("{ date, amountPaid } → the termination statement (delivered, paid, refund or owed) and its envelope.")
            .Accepts<TerminationRequest>("application/json")
            .Produces<TerminationAnswer>(StatusCodes.Status201Created).Produces<TerminationAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> CompleteStageAsync(HttpContext context, string id, string stageId, ActService service,
        CancellationToken cancellationToken) =>
        Answers.ToResult(context, await service.CompleteAsync(id, stageId, cancellationToken));

    private static async Task<IResult> TerminateAsync(HttpContext context, string id, TerminationService service,
        CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(context.Request, RequestBody.DefaultLimit, cancellationToken);
        return Answers.ToResult(context, await service.TerminateAsync(id, body, cancellationToken));
    }

    private static async Task<IResult> SendAsync(HttpContext context, string id, SendService service,
        CancellationToken cancellationToken) =>
        Answers.ToResult(context, await service.SendAsync(id, cancellationToken));

    private static async Task<IResult> CreateAsync(HttpContext context, AgreementService service,
        [FromHeader(Name = IdempotencyStore.Header)] string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: 0 or > IdempotencyStore.MaxKeyLength })
            return Problems.BadRequest(context, $"{IdempotencyStore.Header} must be 1 to {IdempotencyStore.MaxKeyLength} characters.");
        var body = await RequestBody.ReadAsync(context.Request, RequestBody.DefaultLimit, cancellationToken);
        var caller = (string)context.Items[ApiKeyFilter.CallerItem]!;
        return Answers.ToResult(context, await service.CreateAsync(body, caller, idempotencyKey, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string id, AgreementService service,
        CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(context.Request, RequestBody.DefaultLimit, cancellationToken);
        return Answers.ToResult(context, await service.UpdateAsync(id, body, cancellationToken));
    }

    private static async Task<IResult> GetAsync(HttpContext context, string id, AgreementQueries queries,
        CancellationToken cancellationToken) =>
        Answers.ToResult(context, await queries.GetAsync(id, cancellationToken));

    private static async Task<IResult> DownloadAsync(HttpContext context, string id, string kind, string? format, int? version,
        AgreementQueries queries, CancellationToken cancellationToken)
    {
        if (!DocumentFormats.TryParse(format, out var parsed))
            return Problems.BadRequest(context, "format must be pdf or docx.", "format");
        var opened = await queries.OpenDocumentAsync(id, kind, DocumentFormats.Extension(parsed), version, cancellationToken);
        if (opened is not { } found) return Problems.NotFound(context, $"No {kind} document of agreement {id} in that version.");
        context.Response.Headers.ETag = found.File.ETag;
        return Results.Stream(found.File.Content, found.File.ContentType, found.FileName);
    }
}
