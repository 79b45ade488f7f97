using DocFlow.Functions.Http;
using DocFlow.Functions.Processing;

namespace DocFlow.Functions.Endpoints;

/// <summary>GET /api/schema/agreement: the data contract's JSON Schema, as shipped with the Agreements library.</summary>
public static class SchemaEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/schema/agreement", (IAgreementEngine engine) =>
                Results.Text(engine.SchemaJson, "application/schema+json; charset=utf-8"))
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("GetAgreementSchema").WithTags("Schema")
            .WithSummary("The JSON Schema (draft 2020-12) of the agreement data contract.")
            .Produces<string>(contentType: "application/schema+json");
}
