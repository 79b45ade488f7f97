using DocFlow.Agreements.Model;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;
using static DocFlow.Signing.Tests.Support.SigningAgreements;

namespace DocFlow.Signing.Tests.Envelopes;

/// <summary>An act can be accepted by the client's silence only once the client had it, counted from that moment.</summary>
public class ClientSilenceTests
{
    private readonly SigningFixture _f = new();

    [Fact]
    public void In_sequential_order_the_client_has_nothing_until_the_contractor_signed()
    {
        var created = _f.Create(TwoSigners(SigningOrder.Sequential), EnvelopeKinds.Act("s1"));
        Assert.Null(created.Envelope.ClientReceivedAt);
        Assert.Equal(["maria@client.example"], created.Envelope.UnansweredClientSigners.Select(s => s.Email));

        _f.Time.Advance(TimeSpan.FromDays(3));
        var afterContractor = SignWithoutCode(created.Envelope, created, "ivan@contractor.example");
        Assert.Equal(_f.Now, afterContractor.ClientReceivedAt);
    }

    [Fact]
    public void In_parallel_order_the_client_has_it_when_sent_and_silence_ends_with_its_signature()
    {
        var created = _f.Create(TwoSigners(SigningOrder.Parallel, oneTimeCode: false), EnvelopeKinds.Act("s1"));
        Assert.Equal(SigningFixture.Start, created.Envelope.ClientReceivedAt);

        var clientSigned = SignWithoutCode(created.Envelope, created, "maria@client.example");
        Assert.Empty(clientSigned.UnansweredClientSigners);
        Assert.Equal(SigningFixture.Start, clientSigned.ClientReceivedAt);
    }

    private Envelope SignWithoutCode(Envelope envelope, CreatedEnvelope created, string email)
    {
        var unlocked = envelope with { RequiresCode = false };
        var step = new SigningService().Sign(unlocked, SigningFixture.TokenFor(created, email),
            new SignRequest("Name", null, true), RequestOrigin.Unknown, _f.Now);
        Assert.True(step.Succeeded, step.Failure?.Kind.ToString());
        return step.Envelope;
    }
}
