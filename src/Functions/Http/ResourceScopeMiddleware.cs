namespace DocFlow.Functions.Http;

/// <summary>
/// Puts the agreement and stage a request is about into the logging scope, so every line logged while serving it —
/// by our code, the storage SDK or the framework — can be found by agreementId in Application Insights.
/// </summary>
public sealed class ResourceScopeMiddleware(RequestDelegate next, ILogger<ResourceScopeMiddleware> logger)
{
    /// <summary>Route parameter → scope key. Routes name the agreement "id" (/api/agreements/{id}/…).</summary>
    private static readonly (string Route, string Scope)[] Keys = [("id", "agreementId"), ("stageId", "stageId")];

    public async Task InvokeAsync(HttpContext context)
    {
        var scope = new Dictionary<string, object>();
        foreach (var (route, key) in Keys)
        {
            if (context.Request.RouteValues.TryGetValue(route, out var value) && value is string text && text.Length > 0)
                scope[key] = text;
        }
        if (scope.Count == 0)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(scope))
        {
            await next(context);
        }
    }
}
