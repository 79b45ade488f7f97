using System.Security.Cryptography.X509Certificates;
using DocFlow.Signing.Certificates;

namespace DocFlow.Signing.Tests.Pdf;

/// <summary>One RSA-3072 development certificate per test class (key generation is the slow part).</summary>
public sealed class SealCertificateFixture : IDisposable
{
    public X509Certificate2 Certificate { get; } =
        DevelopmentCertificate.Create("DocFlow Test Seal", new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => Certificate.Dispose();
}
