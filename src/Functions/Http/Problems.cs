using Microsoft.AspNetCore.Mvc;

namespace DocFlow.Functions.Http;

/// <summary>RFC 9457 answers: one shape for every error, with the request id so support can find the logs.</summary>
public static class Problems
{
    public static IResult Create(HttpContext context, int status, string title, string? detail = null,
        IReadOnlyList<ProblemError>? errors = null, IReadOnlyList<ProblemError>? warnings = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://docflow.dev/problems/{status}",
            Instance = context.Request.Path,
        };
        problem.Extensions["requestId"] = context.TraceIdentifier;
        if (errors is not null) problem.Extensions["errors"] = errors;
        if (warnings is { Count: > 0 }) problem.Extensions["warnings"] = warnings;
        return Results.Problem(problem);
    }

    public static IResult NotFound(HttpContext context, string detail) =>
        Create(context, StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(HttpContext context, string detail) =>
        Create(context, StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult Invalid(HttpContext context, IReadOnlyList<ProblemError> errors, IReadOnlyList<ProblemError>? warnings = null) =>
        Create(context, StatusCodes.Status422UnprocessableEntity, "The agreement is not valid",
            $"{errors.Count} problem(s) in the request body.", errors, warnings);

    public static IResult BadRequest(HttpContext context, string detail, string path = "") =>
        Create(context, StatusCodes.Status400BadRequest, "Bad request", detail, [new ProblemError(path, detail)]);
}
