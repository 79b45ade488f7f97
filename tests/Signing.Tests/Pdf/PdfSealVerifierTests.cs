using System.Security.Cryptography;
using System.Text;
using DocFlow.Signing.Certificates;
using DocFlow.Signing.Pdf.Sealing;
using DocFlow.Signing.Pdf.Verification;

namespace DocFlow.Signing.Tests.Pdf;

public sealed class PdfSealVerifierTests(SealCertificateFixture fixture) : IClassFixture<SealCertificateFixture>
{
    private static readonly DateTimeOffset SigningTime = new(2025, 3, 14, 15, 9, 26, TimeSpan.FromHours(3));

    private static readonly SealInfo Info = new()
    {
        Name = "DocFlow",
        SigningTime = SigningTime,
        Reason = "Подписано всеми сторонами",
        Location = "Kyiv",
        EnvelopeId = "env_42",
    };

    private byte[] Sealed() => PdfSealer.Seal(SamplePdfs.Document("Verify me"), fixture.Certificate, Info);

    [Fact]
    public void Intact_seal_is_accepted_and_describes_its_signer()
    {
        var result = PdfSealVerifier.Verify(Sealed());

        Assert.True(result.IsAccepted, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(1, result.SealCount);
        Assert.Equal("CN=DocFlow Test Seal, O=DocFlow (development)", result.SignerSubject);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(fixture.Certificate.RawData)), result.CertificateThumbprint);
        Assert.Equal(SigningTime, result.SigningTime);
        Assert.Equal("Подписано всеми сторонами", result.Reason);
        Assert.Equal("Kyiv", result.Location);
        Assert.Equal("env_42", result.EnvelopeId);
        Assert.Null(result.CertificateExpected);
    }

    [Fact]
    public void Contents_digest_is_the_sha256_of_the_file_without_the_contents_string()
    {
        var pdf = Sealed();
        var text = Encoding.Latin1.GetString(pdf);
        var open = text.LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length;
        var close = text.IndexOf('>', open) + 1;
        byte[] signed = [.. pdf.AsSpan(0, open), .. pdf.AsSpan(close)];

        Assert.Equal(Convert.ToHexString(SHA256.HashData(signed)), PdfSealVerifier.Verify(pdf).ContentsDigest);
    }

    [Fact]
    public void Bytes_appended_after_the_seal_are_not_whole_file_coverage()
    {
        byte[] extended = [.. Sealed(), .. "% appended\n"u8];

        var result = PdfSealVerifier.Verify(extended);

        Assert.True(result.IsValid);
        Assert.False(result.CoversWholeFileExceptSignature);
        Assert.False(result.IsAccepted);
        Assert.Contains(result.Problems, p => p.Contains("11 bytes were added"));
    }

    [Fact]
    public void Unsealed_pdf_is_reported_as_not_sealed()
    {
        var result = PdfSealVerifier.Verify(SamplePdfs.Document("Plain"));

        Assert.False(result.IsSealed);
        Assert.False(result.IsAccepted);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Garbage_is_reported_not_thrown()
    {
        var result = PdfSealVerifier.Verify("not a pdf at all"u8.ToArray());

        Assert.False(result.IsSealed);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Expected_thumbprint_matching_the_signer_is_accepted()
    {
        var thumbprint = Convert.ToHexString(SHA256.HashData(fixture.Certificate.RawData)).ToLowerInvariant();

        var result = PdfSealVerifier.Verify(Sealed(), new SealVerificationOptions { ExpectedThumbprints = [thumbprint] });

        Assert.True(result.CertificateExpected);
        Assert.True(result.IsAccepted);
    }

    [Fact]
    public void Seal_by_another_certificate_is_not_accepted_when_the_platform_one_is_expected()
    {
        using var other = DevelopmentCertificate.Create("Someone Else", SigningTime);
        var pdf = PdfSealer.Seal(SamplePdfs.Document("Forged"), other, Info);
        var platform = Convert.ToHexString(SHA256.HashData(fixture.Certificate.RawData));

        var result = PdfSealVerifier.Verify(pdf, new SealVerificationOptions { ExpectedThumbprints = [platform] });

        Assert.True(result.IsValid);
        Assert.False(result.CertificateExpected);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void Changed_byte_in_the_appended_update_is_detected()
    {
        var pdf = Sealed();
        var text = Encoding.Latin1.GetString(pdf);
        // The /M date's hex digits: inside the signed range, and the file still parses.
        var date = text.LastIndexOf("/M <", StringComparison.Ordinal) + 4;
        pdf[date + 1] = pdf[date + 1] == (byte)'0' ? (byte)'1' : (byte)'0';

        var result = PdfSealVerifier.Verify(pdf);

        Assert.True(result.IsSealed);
        Assert.False(result.IsValid);
        Assert.True(result.CoversWholeFileExceptSignature);
    }
}
