using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>The ESS signing-certificate-v2 attribute (RFC 5035) that PAdES B-B requires: it binds the signature to
/// one certificate by its SHA-256 hash, so a substituted certificate with the same key cannot pass.</summary>
internal static class SigningCertificateV2
{
    public const string Oid = "1.2.840.113549.1.9.16.2.47";

    public static byte[] Encode(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())                         // SigningCertificateV2
        using (writer.PushSequence())                         // certs SEQUENCE OF ESSCertIDv2
        using (writer.PushSequence())                         // ESSCertIDv2 (hashAlgorithm omitted: SHA-256 is the DEFAULT)
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            WriteIssuerSerial(writer, certificate);
        }
        return writer.Encode();
    }

    private static void WriteIssuerSerial(AsnWriter writer, X509Certificate2 certificate)
    {
        using (writer.PushSequence())                         // IssuerSerial
        {
            using (writer.PushSequence())                     // GeneralNames
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true))) // directoryName
                writer.WriteEncodedValue(certificate.IssuerName.RawData);
            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }
    }

    /// <summary>The certificate hashes an encoded attribute names (SHA-256 entries only, the default algorithm).</summary>
    public static IReadOnlyList<byte[]> CertificateHashes(byte[] encoded)
    {
        var hashes = new List<byte[]>();
        var certs = new AsnReader(encoded, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        while (certs.HasData)
        {
            var id = certs.ReadSequence();
            if (id.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence)) continue; // another hash algorithm
            hashes.Add(id.ReadOctetString());
        }
        return hashes;
    }
}
