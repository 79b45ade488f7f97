using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Flow;
using DocFlow.Signing.Tests.Support;

namespace DocFlow.Signing.Tests.Envelopes;

public class EnvelopeJsonTests
{
    [Fact]
    public void A_stored_envelope_reads_back_and_its_links_and_codes_still_work()
    {
        var f = new SigningFixture();
        var service = new SigningService();
        var created = f.Create(SigningAgreements.TwoSigners());
        var token = created.Invitations[0].Token;
        var withCode = service.RequestCode(created.Envelope, token, RequestOrigin.Unknown, f.Now);

        var json = EnvelopeJson.Serialize(withCode.Envelope);
        var back = EnvelopeJson.Deserialize(json);

        Assert.Contains("\"status\":\"sent\"", json);
        Assert.Contains("\"status\":\"opened\"", json);
        Assert.Contains("\"role\":\"signs\"", json);
        Assert.Equal(withCode.Envelope.AuditHead, back.AuditHead);
        Assert.Equal(withCode.Envelope.ExpiresAt, back.ExpiresAt);
        Assert.Equal(withCode.Envelope.Documents["contract"], back.Documents["contract"]);
        Assert.Equal(EnvelopeJson.Serialize(back), json);
        var signed = service.Sign(back, token, new SignRequest("Иван", withCode.Value!.Code, true), RequestOrigin.Unknown, f.Now);
        Assert.True(signed.Succeeded);
    }
}
