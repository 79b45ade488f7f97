using System.Security.Cryptography.X509Certificates;
using System.Text;
using DocFlow.Signing.Pdf.Structure;
using DocFlow.Signing.Pdf.Syntax;
using DocFlow.Signing.Pdf.Writing;

namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>Seals a PDF with a PAdES B-B signature (ETSI.CAdES.detached, SHA-256) as an incremental update.
/// Pure: bytes in, bytes out; the certificate (with private key) comes from the caller.</summary>
public static class PdfSealer
{
    // Room for the CMS beyond the certificates themselves: signed attributes, signature value, structure.
    private const int CmsOverhead = 4096;

    public static byte[] Seal(byte[] pdf, X509Certificate2 certificate, SealInfo info, X509Certificate2Collection? chain = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey) throw new ArgumentException("The sealing certificate has no private key.", nameof(certificate));
        var placeholder = new SignaturePlaceholder(Capacity(certificate, chain));
        var reader = new PdfObjectReader(pdf);
        var (objects, signatureNumber) = SealObjects.Build(reader, info, placeholder);
        var update = IncrementalUpdateWriter.Append(pdf, reader.CrossReference, objects);
        var bytes = update.Bytes;
        var signatureStart = update.ObjectOffsets[signatureNumber];
        var (contentsStart, contentsEnd) = FillByteRange(bytes, signatureStart);
        var signed = SignedBytes(bytes, contentsStart, contentsEnd);
        var cms = CmsSealSigner.Sign(signed, certificate, chain);
        if (cms.Length > placeholder.ContentsCapacity)
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) does not fit its placeholder.");
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(bytes, contentsStart + 1);
        return bytes;
    }

    private static int Capacity(X509Certificate2 certificate, X509Certificate2Collection? chain) =>
        CmsOverhead + certificate.RawData.Length + (chain?.Sum(c => c.RawData.Length) ?? 0);

    private static (int Start, int End) FillByteRange(byte[] bytes, int signatureStart)
    {
        var byteRange = Find(bytes, signatureStart, "/ByteRange "u8) + "/ByteRange ".Length;
        var contentsStart = Find(bytes, signatureStart, "/Contents "u8) + "/Contents ".Length;
        var contentsEnd = bytes.AsSpan(contentsStart).IndexOf((byte)'>') + contentsStart + 1;
        SignaturePlaceholder.FormatByteRange(contentsStart, contentsEnd, bytes.Length).CopyTo(bytes, byteRange);
        return (contentsStart, contentsEnd);
    }

    private static int Find(byte[] bytes, int from, ReadOnlySpan<byte> marker)
    {
        var index = bytes.AsSpan(from).IndexOf(marker);
        return index >= 0 ? from + index : throw new PdfSyntaxException("Signature placeholder not found.");
    }

    internal static byte[] SignedBytes(byte[] bytes, int contentsStart, int contentsEnd) =>
        [.. bytes.AsSpan(0, contentsStart), .. bytes.AsSpan(contentsEnd)];
}
