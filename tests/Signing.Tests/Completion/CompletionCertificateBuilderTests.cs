using DocFlow.Agreements.Model;
using DocFlow.Signing.Audit;
using DocFlow.Signing.Completion;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Completion;

public class CompletionCertificateBuilderTests
{
    private readonly SigningFixture _f = new();
    private readonly SigningService _service = new();

    private (Envelope Envelope, List<AuditEvent> Events) Completed()
    {
        var created = new EnvelopeFactory(_f.Time).Create(
            With([Signer("Иван Петров", "ivan@x.example")],
                [Signer("Мария", "maria@y.example"), Signer("Copy", "copy@y.example", 1, SignerRole.Copy)]),
            "AGR1", EnvelopeKinds.Appendices,
            [new("specification", new string('b', 64)), new("acceptance", new string('c', 64))]);
        var envelope = created.Envelope;
        var events = created.Events.ToList();
        var times = new[] { 10, 11 };
        foreach (var (invitation, i) in created.Invitations.Select((x, i) => (x, i)))
        {
            var at = SigningFixture.Start.AddHours(times[i]);
            var origin = new RequestOrigin($"198.51.100.{i + 1}", $"UA {i}");
            var open = _service.Open(envelope, invitation.Token, origin, at);
            var code = _service.RequestCode(open.Envelope, invitation.Token, origin, at.AddMinutes(1));
            var sign = _service.Sign(code.Envelope, invitation.Token,
                new SignRequest(invitation.Name, code.Value!.Code, true), origin, at.AddMinutes(3));
            events.AddRange([.. open.Events, .. code.Events, .. sign.Events]);
            envelope = sign.Envelope;
        }
        return (envelope, events);
    }

    [Fact]
    public void Lists_documents_with_their_hashes_before_signing_and_each_signers_steps()
    {
        var (envelope, events) = Completed();
        var certificate = CompletionCertificateBuilder.Build(envelope, events);

        Assert.Equal(envelope.Id, certificate.EnvelopeId);
        Assert.Equal("DF-2026-001", certificate.AgreementNumber);
        Assert.Equal(EnvelopeStatus.Completed, certificate.Status);
        Assert.Equal(
            [new CompletionDocument("specification", new string('b', 64)), new CompletionDocument("acceptance", new string('c', 64))],
            certificate.Documents);
        Assert.Equal(SigningFixture.Start.AddHours(11).AddMinutes(3), certificate.CompletedAt);

        var maria = certificate.Signers[1];
        Assert.Equal("maria@y.example", maria.Email);
        Assert.Equal("198.51.100.2", maria.Ip);
        Assert.Equal("UA 1", maria.UserAgent);
        Assert.Equal(SigningFixture.Start.AddHours(11), maria.OpenedAt);
        Assert.Equal(SigningFixture.Start.AddHours(11).AddMinutes(3), maria.CodeConfirmedAt);
        Assert.Equal(SigningFixture.Start.AddHours(11).AddMinutes(3), maria.ConsentedAt);
        Assert.Equal(SigningFixture.Start.AddHours(11).AddMinutes(3), maria.SignedAt);
        Assert.Equal("Мария", maria.FullNameEntered);

        var copy = certificate.Signers[2];
        Assert.Equal(SignerRole.Copy, copy.Role);
        Assert.Null(copy.SignedAt);
        Assert.Equal(events.Count, certificate.AuditEventCount);
        Assert.Equal(events[^1].Hash, certificate.AuditHeadHash);
    }

    [Fact]
    public void A_tampered_trail_is_refused()
    {
        var (envelope, events) = Completed();
        events[3] = events[3] with { Ip = "192.0.2.99" };
        Assert.Throws<InvalidOperationException>(() => CompletionCertificateBuilder.Build(envelope, events));
    }
}
