using System.Text;
using DocFlow.Functions.Http;
using DocFlow.Functions.Processing;
using DocFlow.Templates.Rendering;

namespace DocFlow.Functions.Endpoints;

/// <summary>POST /api/preview?kind=&amp;format=: render one document of an agreement without storing anything.</summary>
public static class PreviewEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/preview", PreviewAsync)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("Preview").WithTags("Agreements")
            .WithSummary("Render one document (kind: contract, specification, acceptance, act-{stageId}) without storing it.")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> PreviewAsync(HttpContext context, string? kind, string? format, IAgreementEngine engine,
        DocumentSetRenderer renderer, CancellationToken cancellationToken)
    {
        if (!DocumentFormats.TryParse(format, out var parsedFormat))
            return Problems.BadRequest(context, "format must be pdf or docx.", "format");
        var body = await RequestBody.ReadAsync(context.Request, RequestBody.DefaultLimit, cancellationToken);
        var read = engine.Read(Encoding.UTF8.GetString(body));
        if (!read.IsValid)
            return Problems.Invalid(context,
                read.Errors.Select(problem => new ProblemError(problem.Path, problem.Message)).ToArray(),
                read.Warnings.Select(problem => new ProblemError(problem.Path, problem.Message)).ToArray());
        var agreement = read.Agreement!;
        var documentKind = new DocumentKind(string.IsNullOrEmpty(kind) ? DocumentKind.Contract.Value : kind);
        var known = DocumentSetRenderer.DraftKinds.Contains(documentKind)
            || (documentKind.IsAct && agreement.Stages.Any(stage => stage.Id == documentKind.ActStageId));
        if (!known) return Problems.BadRequest(context, $"Unknown document kind '{documentKind}'.", "kind");
        var context2 = new DocumentContext { Agreement = agreement, Plan = engine.Plan(agreement), Fingerprint = engine.Fingerprint(agreement) };
        var rendered = await renderer.RenderOneAsync(context2, documentKind, parsedFormat, cancellationToken);
        return Results.File(rendered.Content, rendered.ContentType, rendered.FileName);
    }
}
