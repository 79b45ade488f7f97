using DocFlow.Functions.Configuration;
using DocFlow.Functions.Endpoints;
using DocFlow.Functions.Http;
using DocFlow.Functions.Idempotency;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Sending;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Triggers;

namespace DocFlow.Functions;

/// <summary>
/// Builds the whole app from args and configuration overrides, so tests start the real thing on Kestrel with their
/// own storage, outbox, clock and keys. Program.cs only calls this.
/// </summary>
public static class DocFlowApp
{
    public const long MaxRequestBodyBytes = RequestBody.DefaultLimit;

    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var options = DocFlowOptionsReader.Read(builder.Configuration, builder.Environment.ContentRootPath);
        ConfigureKestrel(builder);
        AddServices(builder.Services, options);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<ResourceScopeMiddleware>();
        app.UseMiddleware<ApiExceptionMiddleware>();
        app.UseStatusCodePages();
        MapEndpoints(app);
        return app;
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        // The Functions host tells a custom handler its port; an explicit --urls / ASPNETCORE_URLS wins.
        var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        var urls = builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"];
        if (string.IsNullOrEmpty(urls)) builder.WebHost.UseUrls($"http://127.0.0.1:{port ?? "7071"}");
    }

    private static void AddServices(IServiceCollection services, DocFlowOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DocFlow API";
            document.Info.Description = "Agreements in, signed documents out. Send the x-api-key header on every /api call except health.";
            return Task.CompletedTask;
        }));
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService<StorageStartup>();
        services.AddSingleton<AgreementTable>();
        services.AddSingleton<DocumentBlobStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IAgreementEngine, AgreementEngine>();
        services.AddSingleton<RenderGate>();
        services.AddSingleton<DocumentSetRenderer>();
        services.AddSingleton<DraftVersionWriter>();
        services.AddSingleton<AgreementService>();
        services.AddSingleton<AgreementQueries>();
        services.AddSingleton<EnvelopeTable>();
        services.AddSingleton<SendService>();
        services.AddSingleton<IActWork, QueuedActWork>();
        AddMail(services, options);
    }

    private static void AddMail(IServiceCollection services, DocFlowOptions options)
    {
        services.AddHttpClient();
        if (options.SendGridApiKey is not null) services.AddSingleton<IMailTransport, SendGridMailTransport>();
        else services.AddSingleton<IMailTransport, EmlMailTransport>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<OutboxDispatcher>();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json");
        HealthEndpoints.Map(app);
        SchemaEndpoints.Map(app);
        AgreementEndpoints.Map(app);
        PreviewEndpoints.Map(app);
        TriggerEndpoints.Map(app);
    }
}
