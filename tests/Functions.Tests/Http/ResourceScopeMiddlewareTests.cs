using DocFlow.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocFlow.Functions.Tests.Http;

public sealed class ResourceScopeMiddlewareTests
{
    [Fact]
    public async Task Lines_logged_while_serving_an_agreement_route_carry_its_agreement_and_stage_ids()
    {
        var logger = new ScopeRecordingLogger();
        var context = new DefaultHttpContext();
        context.Request.RouteValues["id"] = "01JABCDEF";
        context.Request.RouteValues["stageId"] = "s2";
        var middleware = new ResourceScopeMiddleware(_ => { logger.LogInformation("rendering"); return Task.CompletedTask; }, logger);

        await middleware.InvokeAsync(context);

        var line = Assert.Single(logger.Lines);
        Assert.Equal("01JABCDEF", line.Scope["agreementId"]);
        Assert.Equal("s2", line.Scope["stageId"]);
    }

    [Fact]
    public async Task Routes_without_an_agreement_add_no_scope()
    {
        var logger = new ScopeRecordingLogger();
        var middleware = new ResourceScopeMiddleware(_ => { logger.LogInformation("health"); return Task.CompletedTask; }, logger);

        await middleware.InvokeAsync(new DefaultHttpContext());

        Assert.Empty(Assert.Single(logger.Lines).Scope);
    }

    private sealed record Line(string Message, IReadOnlyDictionary<string, object> Scope);

    /// <summary>Records each line with the scope values open when it was written.</summary>
    private sealed class ScopeRecordingLogger : ILogger<ResourceScopeMiddleware>
    {
        private readonly List<IEnumerable<KeyValuePair<string, object>>> open = [];
        public List<Line> Lines { get; } = [];

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            var values = state as IEnumerable<KeyValuePair<string, object>> ?? [];
            open.Add(values);
            return new Closer(() => open.Remove(values));
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            Lines.Add(new Line(formatter(state, exception), open.SelectMany(s => s).ToDictionary(p => p.Key, p => p.Value)));

        private sealed class Closer(Action close) : IDisposable
        {
            public void Dispose() => close();
        }
    }
}
