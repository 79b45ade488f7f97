using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DocFlow.Signing.Certificates;

/// <summary>PFX (PKCS#12) bytes to and from a certificate with its private key. The caller stores the bytes
/// (a file under .docflow/, Key Vault): no I/O here.</summary>
public static class CertificatePfx
{
    public static byte[] Export(X509Certificate2 certificate, string? password)
    {
        if (!certificate.HasPrivateKey) throw new ArgumentException("The certificate has no private key to export.", nameof(certificate));
        // AES-256 with SHA-256 PBKDF2 instead of the legacy 3DES/RC2 default.
        var parameters = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);
        return certificate.ExportPkcs12(parameters, password);
    }

    /// <summary>Loads the certificate that has the private key (a PFX may also carry its chain).</summary>
    public static X509Certificate2 Load(byte[] pfx, string? password)
    {
        var all = X509CertificateLoader.LoadPkcs12Collection(pfx, password, X509KeyStorageFlags.EphemeralKeySet);
        return all.FirstOrDefault(c => c.HasPrivateKey)
            ?? throw new CryptographicException("The PFX contains no certificate with a private key.");
    }

    /// <summary>The other certificates of the PFX (intermediates), to embed in the seal beside the signer's.</summary>
    public static X509Certificate2Collection LoadChain(byte[] pfx, string? password)
    {
        var all = X509CertificateLoader.LoadPkcs12Collection(pfx, password, X509KeyStorageFlags.EphemeralKeySet);
        return new X509Certificate2Collection(all.Where(c => !c.HasPrivateKey).ToArray());
    }
}
