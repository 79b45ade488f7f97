using DocFlow.Signing.Audit;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Flow;

public class ClosingTests
{
    private readonly SigningFixture _f = new();
    private readonly SigningService _service = new();

    [Fact]
    public void An_unanswered_act_is_accepted_by_silence_and_its_links_stop_working()
    {
        var created = _f.Create(TwoSigners(), EnvelopeKinds.Act("s1"));
        var step = _service.AcceptBySilence(created.Envelope, _f.Now.AddDays(5));

        Assert.Equal(EnvelopeStatus.AcceptedBySilence, step.Envelope.Status);
        Assert.Equal([AuditEventTypes.AcceptedBySilence], step.Events.Select(e => e.Type));
        Assert.Equal(SigningFailureKind.InvalidToken,
            _service.Open(step.Envelope, created.Invitations[0].Token, RequestOrigin.Unknown, _f.Now).Failure!.Kind);
        Assert.False(_service.AcceptBySilence(step.Envelope, _f.Now.AddDays(6)).Changed);
    }

    [Fact]
    public void Only_acts_are_accepted_by_silence()
    {
        var created = _f.Create(TwoSigners());
        Assert.Throws<InvalidOperationException>(() => _service.AcceptBySilence(created.Envelope, _f.Now));
    }

    [Fact]
    public void Sealing_is_recorded_on_completed_envelopes_with_the_sealed_hashes()
    {
        var created = _f.Create(With([Signer("A", "a@x.example")], [], oneTimeCode: false));
        var completed = _service.Sign(created.Envelope, created.Invitations[0].Token,
            new SignRequest("A", null, true), RequestOrigin.Unknown, _f.Now).Envelope;

        var step = _service.RecordSealed(completed, new Dictionary<string, string> { ["contract"] = "ABCD" }, _f.Now);
        var sealedEvent = Assert.Single(step.Events);
        Assert.Equal(AuditEventTypes.Sealed, sealedEvent.Type);
        Assert.Equal("abcd", sealedEvent.Data["sha256:contract"]);
        Assert.Throws<InvalidOperationException>(() =>
            _service.RecordSealed(created.Envelope, new Dictionary<string, string>(), _f.Now));
    }
}
