using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using DocFlow.Signing.Pdf.Sealing;

namespace DocFlow.Signing.Tests.Pdf;

/// <summary>The CMS inside a seal has exactly the PAdES B-B signed attributes.</summary>
public sealed class CmsSealSignerTests(SealCertificateFixture fixture) : IClassFixture<SealCertificateFixture>
{
    private const string ContentType = "1.2.840.113549.1.9.3";
    private const string MessageDigest = "1.2.840.113549.1.9.4";
    private const string SigningTime = "1.2.840.113549.1.9.5";
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    private SignerInfo SealSigner()
    {
        var pdf = PdfSealer.Seal(SamplePdfs.Document("CMS"), fixture.Certificate,
            new SealInfo { Name = "DocFlow", SigningTime = DateTimeOffset.UnixEpoch });
        var text = Encoding.Latin1.GetString(pdf);
        var open = text.LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents <".Length;
        var padded = Convert.FromHexString(text[open..text.IndexOf('>', open)]);
        AsnDecoder.ReadEncodedValue(padded, AsnEncodingRules.DER, out _, out _, out var length);
        var der = padded[..length];
        var cms = new SignedCms();
        cms.Decode(der);
        return cms.SignerInfos[0];
    }

    [Fact]
    public void Signed_attributes_are_content_type_message_digest_and_signing_certificate_v2_only()
    {
        var oids = SealSigner().SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).ToHashSet();

        Assert.Equal(new HashSet<string?> { ContentType, MessageDigest, SigningCertificateV2 }, oids);
        Assert.DoesNotContain(SigningTime, oids);
    }

    [Fact]
    public void Digest_is_sha256_and_the_certificate_is_embedded()
    {
        var signer = SealSigner();

        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Equal(fixture.Certificate.RawData, signer.Certificate!.RawData);
    }

    [Fact]
    public void Signing_certificate_v2_holds_the_sha256_of_the_certificate_with_default_algorithm()
    {
        var attribute = SealSigner().SignedAttributes.Cast<CryptographicAttributeObject>()
            .Single(a => a.Oid.Value == SigningCertificateV2);

        var certs = new AsnReader(attribute.Values[0].RawData, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        var essCertId = certs.ReadSequence();
        // First element is the hash itself: the AlgorithmIdentifier is omitted because SHA-256 is the DEFAULT.
        Assert.Equal(SHA256.HashData(fixture.Certificate.RawData), essCertId.ReadOctetString());
        var issuerSerial = essCertId.ReadSequence();
        issuerSerial.ReadSequence();
        Assert.Equal(fixture.Certificate.SerialNumberBytes.ToArray(), issuerSerial.ReadIntegerBytes().ToArray());
        Assert.False(certs.HasData);
    }
}
