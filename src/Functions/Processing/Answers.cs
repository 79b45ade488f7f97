using DocFlow.Functions.Http;

namespace DocFlow.Functions.Processing;

/// <summary>Service answers → HTTP results; the one place where their status codes are chosen.</summary>
public static class Answers
{
    public static IResult ToResult(HttpContext context, ServiceAnswer answer) => answer switch
    {
        ServiceAnswer.Success success => Json(context, success),
        ServiceAnswer.Invalid invalid => Problems.Invalid(context, invalid.Errors, invalid.Warnings),
        ServiceAnswer.Conflict conflict => Problems.Conflict(context, conflict.Detail),
        ServiceAnswer.NotFound notFound => Problems.NotFound(context, notFound.Detail),
        _ => throw new InvalidOperationException($"Unknown answer {answer.GetType().Name}"),
    };

    private static IResult Json(HttpContext context, ServiceAnswer.Success success)
    {
        if (success.Location is not null) context.Response.Headers.Location = success.Location;
        return Results.Text(success.Json, "application/json; charset=utf-8", statusCode: success.Status);
    }
}
