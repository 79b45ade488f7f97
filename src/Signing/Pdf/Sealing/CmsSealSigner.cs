using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>Builds the detached CMS (CAdES baseline B) over the signed byte ranges: SHA-256, signed attributes
/// content-type, message-digest (both added by SignedCms) and signing-certificate-v2; the certificate and its chain
/// are embedded so a verifier needs nothing else.</summary>
internal static class CmsSealSigner
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    public static byte[] Sign(byte[] signedContent, X509Certificate2 certificate, X509Certificate2Collection? chain)
    {
        var cms = new SignedCms(new ContentInfo(signedContent), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = Sha256,
            // Chain certificates come from the caller: building the chain here could reach the network (AIA).
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2.Oid, SigningCertificateV2.Encode(certificate)));
        if (chain is not null)
            foreach (var extra in chain.Where(c => c.Thumbprint != certificate.Thumbprint)) signer.Certificates.Add(extra);
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
