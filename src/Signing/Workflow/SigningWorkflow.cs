using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Ports;
using DocFlow.Signing.Tokens;

namespace DocFlow.Signing.Workflow;

/// <summary>
/// Runs <see cref="SigningService"/> steps against the ports in the one safe order: read with ETag, run, save (retry
/// from a fresh read on conflict), append the events, then mail. The Functions app's signing endpoints call this; the
/// seal and the completed mail stay with the caller (they need the PDFs).
/// </summary>
public sealed class SigningWorkflow(
    IEnvelopeStore envelopes, IAuditStore audit, ISigningMailer mailer, TimeProvider time)
{
    /// <summary>Conflicts mean someone else changed the envelope in between; a few retries always settle it.</summary>
    public const int MaxAttempts = 5;

    private readonly SigningService _service = new();

    /// <summary>Stores a new envelope and its first events, then mails the invitations.</summary>
    public async Task SendAsync(CreatedEnvelope created, CancellationToken ct)
    {
        var saved = await envelopes.SaveAsync(created.Envelope, null, created.Events, ct);
        if (!saved.Saved)
            throw new InvalidOperationException($"Envelope {created.Envelope.Id} already exists.");
        await AppendAsync(created.Envelope, created.Events, ct);
        foreach (var invitation in created.Invitations)
            await mailer.SendInvitationAsync(created.Envelope, invitation, ct);
    }

    /// <returns>Null when no envelope holds the token (answer 404, as for InvalidToken).</returns>
    public Task<SigningStep<EnvelopeSigner>?> OpenAsync(string token, RequestOrigin origin, CancellationToken ct) =>
        RunAsync(token, (e, now) => _service.Open(e, token, origin, now), (_, _) => Task.CompletedTask, ct);

    /// <inheritdoc cref="OpenAsync"/>
    public Task<SigningStep<CodeIssued>?> RequestCodeAsync(string token, RequestOrigin origin, CancellationToken ct) =>
        RunAsync(token, (e, now) => _service.RequestCode(e, token, origin, now),
            (step, c) => mailer.SendCodeAsync(step.Envelope, step.Value!.Signer, step.Value.Code, step.Value.ExpiresAt, c), ct);

    /// <summary>Signs; mails the next sequential round. On <see cref="SignOutcome.EnvelopeCompleted"/> the caller seals,
    /// stores, records the seal and sends the completed mail.</summary>
    /// <inheritdoc cref="OpenAsync"/>
    public Task<SigningStep<SignOutcome>?> SignAsync(
        string token, SignRequest request, RequestOrigin origin, CancellationToken ct) =>
        RunAsync(token, (e, now) => _service.Sign(e, token, request, origin, now), async (step, c) =>
        {
            foreach (var next in step.Value!.NextSignersToInvite)
                await mailer.SendInvitationAsync(step.Envelope, next, c);
        }, ct);

    /// <summary>Declines and tells the sender.</summary>
    /// <inheritdoc cref="OpenAsync"/>
    public Task<SigningStep<DeclineOutcome>?> DeclineAsync(
        string token, string? reason, RequestOrigin origin, CancellationToken ct) =>
        RunAsync(token, (e, now) => _service.Decline(e, token, reason, origin, now),
            (step, c) => mailer.SendDeclinedAsync(step.Envelope, step.Value!.Signer, c), ct);

    private async Task<SigningStep<T>?> RunAsync<T>(
        string token,
        Func<Envelope, DateTimeOffset, SigningStep<T>> run,
        Func<SigningStep<T>, CancellationToken, Task> onSuccess,
        CancellationToken ct)
    {
        var tokenHash = SigningTokens.Hash(token);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await envelopes.FindByTokenHashAsync(tokenHash, ct);
            if (stored is null)
                return null;
            var step = run(stored.Envelope, time.GetUtcNow());
            if (step.Changed && !(await envelopes.SaveAsync(step.Envelope, stored.ETag, step.Events, ct)).Saved)
                continue;
            if (step.Changed)
                await AppendAsync(step.Envelope, step.Events, ct);
            if (step.Succeeded)
                await onSuccess(step, ct);
            return step;
        }
        throw new InvalidOperationException($"Envelope kept changing: {MaxAttempts} conflicting saves in a row.");
    }

    private async Task AppendAsync(Envelope envelope, IReadOnlyList<Audit.AuditEvent> events, CancellationToken ct)
    {
        if (await audit.AppendAsync(events, ct) == AuditAppendResult.Conflict)
            throw new InvalidOperationException($"Audit trail of {envelope.Id} does not end where the envelope says it does.");
    }
}
