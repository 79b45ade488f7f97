using System.Globalization;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Pages;
using DocFlow.Signing.Ports;
using DocFlow.Signing.Tokens;
using DocFlow.Signing.Workflow;

namespace DocFlow.Functions.Signing;

/// <summary>
/// The signer's side of /sign/{token}: each request runs one workflow step and answers with a page (or JSON for API
/// callers). Every unknown, expired or used link gets the one 404 page, whatever the request.
/// </summary>
public sealed class SignerRequests(
    SigningWorkflow workflow,
    IEnvelopeStore envelopes,
    EnvelopeAgreements agreements,
    SigningPageBuilder pages,
    SigningDocumentStore documents,
    EnvelopeClosing closing,
    TimeProvider time,
    ILogger<SignerRequests> logger)
{
    public const int MaxReasonLength = 2000;

    public async Task<IResult> OpenAsync(HttpContext context, string token, CancellationToken ct)
    {
        var step = await workflow.OpenAsync(token, RequestOrigins.Of(context), ct);
        if (step is null || !step.Succeeded) return NotFound();
        return await PageAsync(step.Envelope, step.Value!, token, null, null, StatusCodes.Status200OK, ct);
    }

    public async Task<IResult> RequestCodeAsync(HttpContext context, string token, CancellationToken ct)
    {
        var form = await SignerForm.ReadAsync(context.Request, ct);
        if (!form.IsJson && !SigningPageBuilder.CsrfMatches(token, form.Csrf)) return await StaleFormAsync(token, ct);
        var step = await workflow.RequestCodeAsync(token, RequestOrigins.Of(context), ct);
        if (step is null || step.Failure is { IsNotFound: true }) return NotFound();
        if (step.Failure is { } failure)
        {
            if (failure.RetryAfter is { } wait)
                context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return await RefuseAsync(form, step.Envelope, token, failure, null, ct);
        }
        if (form.IsJson)
            return Results.Json(new SignerAnswer("code-sent", step.Envelope.Id, Status(step.Envelope), false, step.Value!.ExpiresAt));
        var (_, agreement) = await RequireAgreementAsync(step.Envelope, ct);
        return Html(ResultPage.Render(SigningPageBuilder.Result(step.Envelope, agreement, step.Value!.Signer, token, ResultKind.CodeSent)));
    }

    public async Task<IResult> SignAsync(HttpContext context, string token, CancellationToken ct)
    {
        var form = await SignerForm.ReadAsync(context.Request, ct);
        if (!form.IsJson && !SigningPageBuilder.CsrfMatches(token, form.Csrf)) return await StaleFormAsync(token, ct);
        var request = new SignRequest(Trim(form.FullName, 200), form.Code?.Trim(), form.Consent);
        var step = await workflow.SignAsync(token, request, RequestOrigins.Of(context), ct);
        if (step is null || step.Failure is { IsNotFound: true }) return NotFound();
        if (step.Failure is { } failure) return await RefuseAsync(form, step.Envelope, token, failure, request.FullName, ct);
        var outcome = step.Value!;
        using (Scope(step.Envelope))
        {
            logger.LogInformation("Signer {SignerIndex} signed; envelope {Status}", outcome.Signer.Index, step.Envelope.Status);
            if (outcome.EnvelopeCompleted) await closing.ClosedAsync(step.Envelope, ct);
        }
        if (form.IsJson)
            return Results.Json(new SignerAnswer("signed", step.Envelope.Id, Status(step.Envelope), outcome.EnvelopeCompleted));
        var (_, agreement) = await RequireAgreementAsync(step.Envelope, ct);
        return Html(ResultPage.Render(SigningPageBuilder.Result(step.Envelope, agreement, outcome.Signer, token, ResultKind.Signed,
            completed: outcome.EnvelopeCompleted)));
    }

    public async Task<IResult> DeclineAsync(HttpContext context, string token, CancellationToken ct)
    {
        var form = await SignerForm.ReadAsync(context.Request, ct);
        if (!form.IsJson && !SigningPageBuilder.CsrfMatches(token, form.Csrf)) return await StaleFormAsync(token, ct);
        var reason = Trim(form.Reason, MaxReasonLength);
        if (string.IsNullOrWhiteSpace(reason))
        {
            // A reason is required: the sender has to know what to correct (and an act's decline must be reasoned).
            if (await FindLiveAsync(token, ct) is not { } live) return NotFound();
            if (form.IsJson)
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "A reason is required",
                    extensions: new Dictionary<string, object?> { ["errors"] = new[] { new { path = "/reason", message = "Say why you decline." } } });
            return await PageAsync(live.Envelope, live.Signer, token, PageNotice.ReasonRequired, null, StatusCodes.Status422UnprocessableEntity, ct);
        }
        var step = await workflow.DeclineAsync(token, reason, RequestOrigins.Of(context), ct);
        if (step is null || !step.Succeeded) return NotFound();
        using (Scope(step.Envelope))
        {
            logger.LogInformation("Signer {SignerIndex} declined; envelope stopped", step.Value!.Signer.Index);
            await closing.ClosedAsync(step.Envelope, ct);
        }
        if (form.IsJson) return Results.Json(new SignerAnswer("declined", step.Envelope.Id, Status(step.Envelope), false));
        var (_, agreement) = await RequireAgreementAsync(step.Envelope, ct);
        return Html(ResultPage.Render(SigningPageBuilder.Result(step.Envelope, agreement, step.Value!.Signer, token, ResultKind.Declined)));
    }

    public async Task<IResult> DocumentAsync(string token, string file, CancellationToken ct)
    {
        if (await FindLiveAsync(token, ct) is not { } live || !file.EndsWith(".pdf", StringComparison.Ordinal)) return NotFound();
        var kind = file[..^".pdf".Length];
        if (!live.Envelope.DocumentKinds.Contains(kind)) return NotFound();
        var pdf = await documents.ReadPdfAsync(live.Envelope, kind, ct);
        if (pdf is null) return NotFound();
        return new PdfResult(pdf, $"{live.Envelope.AgreementNumber.Replace('/', '-')}-{kind}.pdf");
    }

    /// <summary>The envelope and signer a link belongs to, while the link works (nothing is changed or recorded).</summary>
    private async Task<(Envelope Envelope, EnvelopeSigner Signer)?> FindLiveAsync(string token, CancellationToken ct)
    {
        if (await envelopes.FindByTokenHashAsync(SigningTokens.Hash(token), ct) is not { } stored) return null;
        var envelope = stored.Envelope;
        var signer = envelope.Signers.FirstOrDefault(s => SigningTokens.Matches(token, s.TokenHashes));
        if (signer is null || !signer.IsAwaited || envelope.Status != EnvelopeStatus.Sent || envelope.IsExpiredAt(time.GetUtcNow()))
            return null;
        return (envelope, signer);
    }

    private async Task<IResult> RefuseAsync(SignerForm form, Envelope envelope, string token, SigningFailure failure,
        string? fullName, CancellationToken ct)
    {
        var status = failure.Kind == SigningFailureKind.RateLimited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity;
        var notice = Enum.Parse<PageNotice>(failure.Kind.ToString());
        if (form.IsJson)
        {
            return Results.Problem(statusCode: status, title: failure.Kind.ToString(), extensions: new Dictionary<string, object?>
            {
                ["errors"] = new[] { new { path = Path(failure.Kind), message = failure.Kind.ToString() } },
                ["remainingTries"] = failure.RemainingTries,
            });
        }
        var signer = envelope.Signers.First(s => SigningTokens.Matches(token, s.TokenHashes));
        if (!signer.IsAwaited || envelope.Status != EnvelopeStatus.Sent) return NotFound();
        return await PageAsync(envelope, signer, token, notice, fullName, status, ct);
    }

    private async Task<IResult> PageAsync(Envelope envelope, EnvelopeSigner signer, string token, PageNotice? notice,
        string? fullName, int status, CancellationToken ct)
    {
        var (_, agreement) = await RequireAgreementAsync(envelope, ct);
        var model = await pages.BuildAsync(envelope, agreement, signer, token, notice, fullName, ct);
        return Html(SigningPage.Render(model), status);
    }

    /// <summary>A form without the page's csrf value: show the page again rather than act on it.</summary>
    private async Task<IResult> StaleFormAsync(string token, CancellationToken ct) =>
        await FindLiveAsync(token, ct) is { } live
            ? await PageAsync(live.Envelope, live.Signer, token, null, null, StatusCodes.Status403Forbidden, ct)
            : NotFound();

    private async Task<(Storage.AgreementEntity, Agreements.Model.Agreement)> RequireAgreementAsync(Envelope envelope, CancellationToken ct) =>
        await agreements.FindAsync(envelope, ct)
            ?? throw new Storage.StorageUnavailableException($"No agreement {envelope.AgreementId} for envelope {envelope.Id}.");

    private static string Path(SigningFailureKind kind) => kind switch
    {
        SigningFailureKind.NameRequired => "/fullName",
        SigningFailureKind.ConsentRequired => "/consent",
        _ => "/code",
    };

    private static string? Trim(string? value, int max) =>
        value is null ? null : value.Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : value.Trim();

    /// <summary>Log lines about a signer's answer carry the envelope and agreement, never the token.</summary>
    private IDisposable? Scope(Envelope envelope) => logger.BeginScope(new Dictionary<string, object>
    {
        ["envelopeId"] = envelope.Id, ["agreementId"] = envelope.AgreementId,
    });

    private static string Status(Envelope envelope) => envelope.Status.ToString().ToLowerInvariant();

    public static IResult NotFound() => Html(NotFoundPage.Render(), StatusCodes.Status404NotFound);

    public static IResult Html(string html, int status = StatusCodes.Status200OK) => new PageResult(html, status);
}
