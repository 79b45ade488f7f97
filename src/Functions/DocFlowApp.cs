using DocFlow.Functions.Acts;
using DocFlow.Functions.Completion;
using DocFlow.Functions.Configuration;
using DocFlow.Functions.Endpoints;
using DocFlow.Functions.Http;
using DocFlow.Functions.Idempotency;
using DocFlow.Functions.Mail;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Sending;
using DocFlow.Functions.Storage;
using DocFlow.Functions.Signing;
using DocFlow.Functions.Termination;
using DocFlow.Functions.Triggers;
using DocFlow.Signing.Ports;
using DocFlow.Signing.Workflow;
using DocFlow.Templates.Certificates;

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
        AddServices(builder.Services, options, builder.Configuration);
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

    private static void AddServices(IServiceCollection services, DocFlowOptions options, IConfiguration configuration)
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
        AddMail(services, options);
        AddSigning(services, options, configuration);
        AddActs(services, options, configuration);
    }

    private static void AddSigning(IServiceCollection services, DocFlowOptions options, IConfiguration configuration)
    {
        services.AddSingleton(SealSettings.Read(configuration, options.DataDirectory));
        services.AddSingleton<SealCertificateProvider>();
        services.AddSingleton<CertificatePageRenderer>();
        services.AddSingleton<AuditTrailReader>();
        services.AddSingleton<SignedVersionStore>();
        services.AddSingleton<EnvelopeCompleter>();
        services.AddSingleton<SealedFileVerifier>();
        services.AddSingleton<IEnvelopeStore, TableEnvelopeStore>();
        services.AddSingleton<IAuditStore, TableAuditStore>();
        services.AddSingleton<ISigningMailer, OutboxSigningMailer>();
        services.AddSingleton<SigningWorkflow>();
        services.AddSingleton<SigningDocumentStore>();
        services.AddSingleton<SigningPageBuilder>();
        services.AddSingleton<EnvelopeClosing>();
        services.AddSingleton<EnvelopeAgreements>();
        services.AddSingleton<SignerRequests>();
    }

    private static void AddActs(IServiceCollection services, DocFlowOptions options, IConfiguration configuration)
    {
        services.AddSingleton(ActSettings.Read(configuration));
        services.AddSingleton<AgreementRecords>();
        services.AddSingleton<ActTable>();
        services.AddSingleton<ActQueue>();
        services.AddSingleton<ActStateReader>();
        services.AddSingleton<ActRegistrar>();
        services.AddSingleton<DocumentIssuer>();
        services.AddSingleton<EnvelopeSaver>();
        services.AddSingleton<AgreementCompletion>();
        services.AddSingleton<IActSealing, CompleterActSealing>();
        services.AddSingleton<ActFollowUp>();
        services.AddSingleton<ActScheduler>();
        services.AddSingleton<ActGenerator>();
        services.AddSingleton<ActService>();
        services.AddSingleton<TerminationService>();
        services.AddSingleton<IActWork, ActWork>();
        if (options.RunLocalTriggers)
        {
            services.AddHostedService<LocalActTimer>();
            services.AddHostedService<LocalActQueueListener>();
        }
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
        VerifyEndpoints.Map(app);
        SigningEndpoints.Map(app);
        TriggerEndpoints.Map(app);
    }
}
