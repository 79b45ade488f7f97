using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using DocFlow.Signing.Pdf.Sealing;
using DocFlow.Signing.Pdf.Structure;
using DocFlow.Signing.Pdf.Syntax;
using DocFlow.Signing.Pdf.Writing;

namespace DocFlow.Signing.Pdf.Verification;

/// <summary>Checks the last seal of a PDF: its ByteRange, the digest of the bytes it covers, the CMS signature
/// (signature only: the development certificate is self-signed, so trust is the caller's expected thumbprints),
/// and the signing-certificate-v2 binding.</summary>
public static class PdfSealVerifier
{
    public static SealVerification Verify(byte[] pdf, SealVerificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        IReadOnlyList<SignatureField> signatures;
        try
        {
            signatures = SignatureLocator.FindAll(new PdfObjectReader(pdf));
        }
        catch (PdfSyntaxException e)
        {
            return SealVerification.NotSealed($"The PDF structure could not be read: {e.Message}");
        }
        if (signatures.Count == 0) return SealVerification.NotSealed("The PDF carries no seal.");
        var last = signatures.MaxBy(s => s.SignedEnd)!;
        return Check(pdf, last, options ?? new SealVerificationOptions()) with { SealCount = signatures.Count };
    }

    private static SealVerification Check(byte[] pdf, SignatureField signature, SealVerificationOptions options)
    {
        var problems = new List<string>();
        var result = Describe(signature.Dictionary) with
        {
            IsSealed = true,
            CoversWholeFileExceptSignature = CoversWholeFile(pdf, signature, problems),
        };
        var signed = SignedBytes(pdf, signature.ByteRange, problems);
        if (signed is null) return result with { Problems = problems };
        result = result with { ContentsDigest = Convert.ToHexString(SHA256.HashData(signed)) };
        result = CheckCms(signed, signature.Contents.Bytes, result, problems);
        result = CheckExpected(result, options, problems);
        return result with { Problems = problems };
    }

    private static SealVerification Describe(PdfDictionary dictionary)
    {
        string? Text(string key) => dictionary.Get(key) is PdfString s ? PdfTextString.Decode(s.Bytes) : null;
        return new SealVerification
        {
            Name = Text("Name"),
            Reason = Text("Reason"),
            Location = Text("Location"),
            EnvelopeId = Text(SignatureKeys.EnvelopeId),
            SigningTime = Text("M") is { } m ? PdfDate.Parse(m) : null,
        };
    }

    private static bool CoversWholeFile(byte[] pdf, SignatureField signature, List<string> problems)
    {
        var range = signature.ByteRange;
        if (range.Length != 4) { problems.Add("ByteRange does not have four numbers."); return false; }
        var covers = range[0] == 0 && range[1] == signature.Contents.Start && range[2] == signature.Contents.End
            && range[2] + range[3] == pdf.Length;
        if (!covers)
            problems.Add(range[2] + range[3] < pdf.Length
                ? $"{pdf.Length - range[2] - range[3]} bytes were added after the seal."
                : "ByteRange does not exclude exactly the signature's /Contents.");
        return covers;
    }

    private static byte[]? SignedBytes(byte[] pdf, long[] range, List<string> problems)
    {
        if (range.Length != 4 || range.Any(n => n < 0) || range[0] + range[1] > range[2] || range[2] + range[3] > pdf.Length)
        {
            problems.Add("ByteRange points outside the file.");
            return null;
        }
        return [.. pdf.AsSpan((int)range[0], (int)range[1]), .. pdf.AsSpan((int)range[2], (int)range[3])];
    }

    private static SealVerification CheckCms(byte[] signed, byte[] contents, SealVerification result, List<string> problems)
    {
        SignedCms cms;
        try
        {
            cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(TrimPadding(contents));
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException)
        {
            problems.Add($"The signature is not a readable CMS: {e.Message}");
            return result;
        }
        if (cms.SignerInfos.Count != 1) problems.Add($"The CMS has {cms.SignerInfos.Count} signers, expected one.");
        if (cms.SignerInfos.Count == 0) return result;
        var signer = cms.SignerInfos[0];
        var certificate = signer.Certificate;
        result = result with
        {
            SignerSubject = certificate?.Subject,
            CertificateThumbprint = certificate is null ? null : Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)),
        };
        return result with { IsValid = SignatureHolds(signer, signed, problems) && CertificateBound(signer, problems) };
    }

    private static bool SignatureHolds(SignerInfo signer, byte[] signed, List<string> problems)
    {
        var digest = signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.Cast<AsnEncodedData>()).OfType<Pkcs9MessageDigest>().FirstOrDefault();
        if (digest is null || !digest.MessageDigest.AsSpan().SequenceEqual(HashFor(signer, signed)))
        {
            problems.Add("The signed bytes do not match the seal's message digest: the file was changed.");
            return false;
        }
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException e)
        {
            problems.Add($"The signature does not verify: {e.Message}");
            return false;
        }
    }

    private static byte[] HashFor(SignerInfo signer, byte[] data) => signer.DigestAlgorithm.Value switch
    {
        "2.16.840.1.101.3.4.2.1" => SHA256.HashData(data),
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(data),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(data),
        _ => [],
    };

    // PAdES requires signing-certificate-v2 naming the signer's certificate: a swapped certificate fails here.
    private static bool CertificateBound(SignerInfo signer, List<string> problems)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .FirstOrDefault(a => a.Oid.Value == SigningCertificateV2.Oid);
        if (attribute is null || signer.Certificate is null)
        {
            problems.Add("The seal has no signing-certificate-v2 attribute or no embedded certificate.");
            return false;
        }
        var expected = SigningCertificateV2.CertificateHashes(attribute.Values[0].RawData);
        var actual = SHA256.HashData(signer.Certificate.RawData);
        if (expected.Any(h => h.AsSpan().SequenceEqual(actual))) return true;
        problems.Add("signing-certificate-v2 does not name the embedded signer certificate.");
        return false;
    }

    private static SealVerification CheckExpected(SealVerification result, SealVerificationOptions options, List<string> problems)
    {
        if (options.ExpectedThumbprints.Count == 0) return result;
        var expected = result.CertificateThumbprint is { } t
            && options.ExpectedThumbprints.Any(e => string.Equals(e, t, StringComparison.OrdinalIgnoreCase));
        if (!expected) problems.Add("The seal was not made with the platform's certificate.");
        return result with { CertificateExpected = expected };
    }

    // The placeholder is larger than the CMS: the zero padding after the DER value is not part of it.
    private static byte[] TrimPadding(byte[] contents)
    {
        AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var consumed);
        return contents[..consumed];
    }
}
