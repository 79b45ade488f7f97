using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using DocFlow.Signing.Workflow;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Workflow;

public class SigningWorkflowTests
{
    private const string Ivan = "ivan@contractor.example";
    private const string Maria = "maria@client.example";
    private static readonly RequestOrigin Origin = new("203.0.113.7", "UA");
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly SigningFixture _f = new();
    private readonly InMemoryEnvelopeStore _envelopes = new();
    private readonly InMemoryAuditStore _audit = new();
    private readonly RecordingMailer _mailer = new();

    private SigningWorkflow Workflow => new(_envelopes, _audit, _mailer, _f.Time);

    private async Task<Envelope> SendAsync(Agreement agreement)
    {
        var created = _f.Create(agreement);
        await Workflow.SendAsync(created, Ct);
        return created.Envelope;
    }

    [Fact]
    public async Task Sequential_signing_end_to_end_mails_in_order_and_keeps_a_verifiable_trail()
    {
        var envelope = await SendAsync(TwoSigners(SigningOrder.Sequential));
        Assert.Equal([("invitation", Ivan)], _mailer.Sent.Select(m => (m.Kind, m.To)));

        var ivanLink = _mailer.Last("invitation", Ivan);
        await Workflow.OpenAsync(ivanLink, Origin, Ct);
        await Workflow.RequestCodeAsync(ivanLink, Origin, Ct);
        var signed = await Workflow.SignAsync(ivanLink, new SignRequest("Иван", _mailer.Last("code", Ivan), true), Origin, Ct);
        Assert.True(signed!.Succeeded);

        var mariaLink = _mailer.Last("invitation", Maria);
        await Workflow.RequestCodeAsync(mariaLink, Origin, Ct);
        var last = await Workflow.SignAsync(mariaLink, new SignRequest("Мария", _mailer.Last("code", Maria), true), Origin, Ct);

        Assert.True(last!.Value!.EnvelopeCompleted);
        Assert.Equal(["invitation", "code", "invitation", "code"], _mailer.Sent.Select(m => m.Kind));
        var stored = (await _envelopes.GetAsync(envelope.Id, Ct))!.Envelope;
        Assert.Equal(EnvelopeStatus.Completed, stored.Status);
        var trail = await _audit.ListAsync(envelope.Id, Ct);
        Assert.True(AuditChain.Verify(trail, stored.AuditHead).IsValid);
        Assert.Equal(stored.AuditHead.Sequence, trail.Count);
    }

    [Fact]
    public async Task An_unknown_token_gives_null_and_a_decline_mails_the_sender()
    {
        await SendAsync(TwoSigners());
        Assert.Null(await Workflow.OpenAsync("not-a-token", Origin, Ct));

        var step = await Workflow.DeclineAsync(_mailer.Last("invitation", Maria), "price", Origin, Ct);
        Assert.Equal(EnvelopeStatus.Declined, step!.Envelope.Status);
        Assert.Equal(("declined", ContractorEmail, Maria), _mailer.Sent[^1]);
    }

    [Fact]
    public async Task A_save_conflict_is_retried_from_a_fresh_read_so_a_concurrent_decline_wins_cleanly()
    {
        var envelope = await SendAsync(TwoSigners(oneTimeCode: false));
        var ivanLink = _mailer.Last("invitation", Ivan);
        var mariaLink = _mailer.Last("invitation", Maria);
        // Maria's decline is saved between Ivan's read and Ivan's save.
        _envelopes.BeforeNextSave = store =>
        {
            var current = store.GetAsync(envelope.Id, Ct).Result!.Envelope;
            var declined = new SigningService().Decline(current, mariaLink, "no", Origin, _f.Now);
            store.Force(declined.Envelope);
            _audit.AppendAsync(declined.Events, Ct).Wait();
        };

        var step = await Workflow.SignAsync(ivanLink, new SignRequest("Иван", null, true), Origin, Ct);

        Assert.Equal(1, _envelopes.Conflicts);
        Assert.Equal(SigningFailureKind.InvalidToken, step!.Failure!.Kind);
        var stored = (await _envelopes.GetAsync(envelope.Id, Ct))!.Envelope;
        Assert.Equal(SignerStatus.Sent, stored.Signers[0].Status);
        Assert.True(AuditChain.Verify(await _audit.ListAsync(envelope.Id, Ct), stored.AuditHead).IsValid);
    }

    [Fact]
    public async Task Refusals_that_count_a_try_are_saved_and_mail_nothing()
    {
        var envelope = await SendAsync(TwoSigners());
        var link = _mailer.Last("invitation", Ivan);
        await Workflow.RequestCodeAsync(link, Origin, Ct);
        var wrong = _mailer.Last("code", Ivan) == "000000" ? "111111" : "000000";
        var mailsBefore = _mailer.Sent.Count;

        var step = await Workflow.SignAsync(link, new SignRequest("Иван", wrong, true), Origin, Ct);

        Assert.Equal(SigningFailureKind.CodeWrong, step!.Failure!.Kind);
        Assert.Equal(1, (await _envelopes.GetAsync(envelope.Id, Ct))!.Envelope.Signers[0].CodeAttempts);
        Assert.Equal(mailsBefore, _mailer.Sent.Count);
        Assert.Contains(await _audit.ListAsync(envelope.Id, Ct), e => e.Type == AuditEventTypes.CodeFailed);
    }
}
