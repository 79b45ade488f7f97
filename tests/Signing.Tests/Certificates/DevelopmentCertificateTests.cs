using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DocFlow.Signing.Certificates;

namespace DocFlow.Signing.Tests.Certificates;

public sealed class DevelopmentCertificateTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Certificate_is_rsa_3072_self_signed_for_signing_with_a_private_key()
    {
        using var certificate = DevelopmentCertificate.Create("DocFlow Dev", Now);

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(3072, certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Equal("CN=DocFlow Dev, O=DocFlow (development)", certificate.Subject);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage.KeyUsages);
        Assert.False(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
    }

    [Fact]
    public void Validity_starts_an_hour_before_now_and_lasts_ten_years()
    {
        using var certificate = DevelopmentCertificate.Create("DocFlow Dev", Now);

        Assert.Equal(Now.AddHours(-1).UtcDateTime, certificate.NotBefore.ToUniversalTime());
        Assert.Equal(Now.AddDays(3650).UtcDateTime, certificate.NotAfter.ToUniversalTime());
    }

    [Fact]
    public void Time_provider_overload_uses_its_clock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);

        using var certificate = DevelopmentCertificate.Create("DocFlow Dev", time);

        Assert.Equal(Now.AddHours(-1).UtcDateTime, certificate.NotBefore.ToUniversalTime());
    }

    [Fact]
    public void Distinguished_name_is_used_as_given()
    {
        using var certificate = DevelopmentCertificate.Create("CN=Seal, O=Acme, C=UA", Now);

        Assert.Equal("CN=Seal, O=Acme, C=UA", certificate.Subject);
    }

    [Fact]
    public void Pfx_round_trip_keeps_the_certificate_and_a_working_private_key()
    {
        using var original = DevelopmentCertificate.Create("DocFlow Dev", Now);

        var pfx = CertificatePfx.Export(original, "s3cret");
        using var loaded = CertificatePfx.Load(pfx, "s3cret");

        Assert.Equal(original.RawData, loaded.RawData);
        var data = "payload"u8.ToArray();
        var signature = loaded.GetRSAPrivateKey()!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(original.GetRSAPublicKey()!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.Empty(CertificatePfx.LoadChain(pfx, "s3cret"));
    }

    [Fact]
    public void Pfx_with_a_wrong_password_is_refused()
    {
        using var original = DevelopmentCertificate.Create("DocFlow Dev", Now);
        var pfx = CertificatePfx.Export(original, "right");

        Assert.ThrowsAny<CryptographicException>(() => CertificatePfx.Load(pfx, "wrong"));
    }
}
