using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DocFlow.Signing.Certificates;

namespace DocFlow.Functions.Completion;

/// <summary>
/// The platform's sealing certificate, loaded once: the configured PFX, else the development certificate at
/// .docflow/seal-dev.pfx, created on first use and reused afterwards (several processes racing to create it end up
/// sharing whichever file was written first).
/// </summary>
public sealed class SealCertificateProvider(SealSettings settings, TimeProvider time, ILogger<SealCertificateProvider> logger)
{
    private const string DevelopmentSubject = "DocFlow development seal";
    private readonly Lazy<(X509Certificate2 Certificate, X509Certificate2Collection Chain)> _loaded =
        new(() => Load(settings, time, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>With its private key.</summary>
    public X509Certificate2 Certificate => _loaded.Value.Certificate;

    /// <summary>Intermediates from the PFX, embedded in every seal beside the certificate.</summary>
    public X509Certificate2Collection Chain => _loaded.Value.Chain;

    /// <summary>SHA-256 (upper-case hex) of the current certificate.</summary>
    public string Thumbprint => Certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>What /api/verify accepts: the current certificate and those named in DOCFLOW_SEAL_TRUSTED_THUMBPRINTS.</summary>
    public IReadOnlyCollection<string> TrustedThumbprints => [.. settings.TrustedThumbprints.Append(Thumbprint).Distinct()];

    private static (X509Certificate2, X509Certificate2Collection) Load(SealSettings settings, TimeProvider time, ILogger logger)
    {
        if (settings.CertificateBase64 is { } base64)
        {
            var pfx = Convert.FromBase64String(base64);
            var certificate = CertificatePfx.Load(pfx, settings.CertificatePassword);
            logger.LogInformation("Sealing with the configured certificate {Subject} ({Thumbprint}), valid until {NotAfter:O}",
                certificate.Subject, certificate.GetCertHashString(HashAlgorithmName.SHA256), certificate.NotAfter);
            return (certificate, CertificatePfx.LoadChain(pfx, settings.CertificatePassword));
        }
        var development = LoadOrCreateDevelopment(settings.DevelopmentPfxPath, time);
        logger.LogWarning("No DOCFLOW_SEAL_CERTIFICATE: sealing with the self-signed development certificate {Path} ({Thumbprint})",
            settings.DevelopmentPfxPath, development.GetCertHashString(HashAlgorithmName.SHA256));
        return (development, []);
    }

    private static X509Certificate2 LoadOrCreateDevelopment(string path, TimeProvider time)
    {
        if (File.Exists(path)) return CertificatePfx.Load(File.ReadAllBytes(path), null);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var created = DevelopmentCertificate.Create(DevelopmentSubject, time);
        var pfx = CertificatePfx.Export(created, null);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options)) file.Write(pfx);
        try
        {
            // No overwrite: if another process got there first, its certificate is the one everybody uses.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        return CertificatePfx.Load(File.ReadAllBytes(path), null);
    }
}
