using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DocFlow.Functions.Tests.Manifest;

/// <summary>The Functions host only forwards what a function.json declares: every route needs one, and back.</summary>
public sealed class FunctionManifestTests
{
    private readonly IReadOnlyList<FunctionDefinition> functions = FunctionDefinition.LoadAll(RepositoryRoot.Path);

    [Fact]
    public void Every_http_route_of_the_app_is_reachable_through_a_function()
    {
        var missing = HttpRoutes().Where(route => !functions.Any(function => function.Matches(route.Path, route.Method))).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_http_function_reaches_a_route_of_the_app()
    {
        var routes = HttpRoutes();
        var unused = functions.Where(function => function.TriggerType == "httpTrigger")
            .Where(function => !routes.Any(route => function.Matches(route.Path, route.Method)))
            .Select(function => function.Name).ToArray();
        Assert.Empty(unused);
    }

    [Fact]
    public void Every_non_http_function_has_its_handler_at_post_name()
    {
        var endpoints = Endpoints();
        var triggers = functions.Where(function => function.TriggerType != "httpTrigger").ToArray();
        Assert.Contains(triggers, function => function.TriggerType == "timerTrigger");
        Assert.Contains(triggers, function => function.TriggerType == "queueTrigger");
        foreach (var function in triggers)
            Assert.Contains(endpoints, endpoint => endpoint.Path == "/" + function.Name && endpoint.Method == "POST");
    }

    [Fact]
    public void Host_json_forwards_http_requests_to_the_custom_handler_without_a_route_prefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(5, host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void Route_matching_distinguishes_paths_and_methods()
    {
        var agreements = functions.Single(function => function.Name == "Agreements");
        Assert.True(agreements.Matches("/api/agreements", "POST"));
        Assert.True(agreements.Matches("/api/agreements/x/documents/contract", "GET"));
        Assert.False(agreements.Matches("/api/agreementsx", "POST"));
        Assert.False(agreements.Matches("/api/agreements/x", "DELETE"));
    }

    private IReadOnlyList<(string Path, string Method)> HttpRoutes()
    {
        var triggerPaths = functions.Where(function => function.TriggerType != "httpTrigger").Select(function => "/" + function.Name);
        return Endpoints().Where(endpoint => !triggerPaths.Contains(endpoint.Path)).ToArray();
    }

    private static IReadOnlyList<(string Path, string Method)> Endpoints()
    {
        var app = DocFlowApp.Build([], new Dictionary<string, string?> { ["DOCFLOW_API_KEY"] = "test" });
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        return sources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (SamplePath(endpoint.RoutePattern.RawText!), method)))
            .ToArray();
    }

    // "/api/agreements/{id}/documents/{kind}" → "/api/agreements/x/documents/x"
    private static string SamplePath(string pattern) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), @"\{[^}]*\}", "x");
}
