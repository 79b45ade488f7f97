using System.Security.Cryptography;
using System.Text;
using DocFlow.Functions.Configuration;

namespace DocFlow.Functions.Http;

/// <summary>
/// Checks x-api-key against the configured keys. The Functions host checks its own function keys in Azure; this check
/// keeps the handler protected wherever it runs (locally, behind another proxy).
/// </summary>
public sealed class ApiKeyFilter(DocFlowOptions options) : IEndpointFilter
{
    public const string Header = "x-api-key";
    public const string CallerItem = "docflow.caller";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var presented = context.Request.Headers[Header].ToString();
        if (presented.Length == 0 || !options.ApiKeys.Any(key => SameKey(key, presented)))
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"x-api-key\"";
            return Problems.Create(context, StatusCodes.Status401Unauthorized, "Unauthorized",
                "A valid x-api-key header is required.");
        }
        context.Items[CallerItem] = CallerId(presented);
        return await next(invocation);
    }

    /// <summary>A stable, non-secret name for the caller: idempotency keys are scoped by it.</summary>
    public static string CallerId(string apiKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..32];

    private static bool SameKey(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
