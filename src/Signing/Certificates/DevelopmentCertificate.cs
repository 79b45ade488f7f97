using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DocFlow.Signing.Certificates;

/// <summary>The self-signed sealing certificate used when no platform certificate is configured (local runs, tests).
/// RSA 3072: every PDF validator accepts it; key usage digitalSignature + nonRepudiation as a seal's key should have.</summary>
public static class DevelopmentCertificate
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(3650);

    public static X509Certificate2 Create(string subjectName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectName);
        using var key = RSA.Create(3072);
        var subject = subjectName.Contains('=') ? new X500DistinguishedName(subjectName) : Subject(subjectName);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        // Backdated a little so a clock slightly behind the creator's still sees it as valid.
        return request.CreateSelfSigned(now.AddHours(-1), now.Add(Validity));
    }

    public static X509Certificate2 Create(string subjectName, TimeProvider time) => Create(subjectName, time.GetUtcNow());

    private static X500DistinguishedName Subject(string commonName)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName("DocFlow (development)");
        return builder.Build();
    }
}
