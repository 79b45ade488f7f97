using DocFlow.Agreements.Model;
using DocFlow.Functions.Storage;
using DocFlow.Signing.Envelopes;
using DocFlow.Signing.Pdf.Verification;

namespace DocFlow.Functions.Completion;

/// <summary>
/// Checks a PDF someone holds: the seal (signature, coverage, certificate trusted), then, when the seal names an
/// envelope DocFlow knows, whether the file is byte for byte one of that envelope's stored signed documents.
/// </summary>
public sealed class SealedFileVerifier(SealCertificateProvider seal, EnvelopeTable envelopes, SignedVersionStore signed)
{
    public async Task<VerifyAnswer> VerifyAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var result = PdfSealVerifier.Verify(pdf, new SealVerificationOptions { ExpectedThumbprints = seal.TrustedThumbprints });
        var problems = result.Problems.ToList();
        if (!result.IsSealed)
            return new VerifyAnswer { Sealed = false, Valid = false, CoversWholeFile = false, MatchesStoredVersion = false, Problems = problems };
        if (result.CertificateExpected == false) problems.Add("The seal was not made with a DocFlow platform certificate.");

        var (envelope, document) = await FindAsync(result.EnvelopeId, pdf, cancellationToken);
        if (result.EnvelopeId is not null && envelope is null) problems.Add($"DocFlow has no envelope {result.EnvelopeId}.");
        if (envelope is not null && document is null) problems.Add("The file is not identical to the signed version DocFlow stored.");
        return new VerifyAnswer
        {
            Sealed = true,
            Valid = result.IsValid,
            CoversWholeFile = result.CoversWholeFileExceptSignature,
            Certificate = result.CertificateThumbprint is { } thumbprint
                ? new VerifiedCertificate(result.SignerSubject ?? "", thumbprint, result.CertificateExpected == true)
                : null,
            SignedAt = result.SigningTime,
            Envelope = envelope is null ? null : View(envelope, document),
            MatchesStoredVersion = document is not null,
            Problems = problems,
        };
    }

    private async Task<(Envelope? Envelope, string? Document)> FindAsync(string? envelopeId, byte[] pdf, CancellationToken ct)
    {
        // An id from an untrusted file is only ever used as a key to look up.
        if (string.IsNullOrEmpty(envelopeId) || envelopeId.Length > 64 || !envelopeId.All(char.IsAsciiLetterOrDigit))
            return (null, null);
        if (await envelopes.FindAsync(envelopeId, ct) is not { } found) return (null, null);
        var envelope = found.Envelope;
        foreach (var kind in envelope.DocumentKinds)
        {
            var stored = await signed.ReadAsync(envelope.AgreementId, envelope.Id, kind + ".pdf", ct);
            if (stored is not null && stored.AsSpan().SequenceEqual(pdf)) return (envelope, kind);
        }
        return (envelope, null);
    }

    private static VerifiedEnvelope View(Envelope envelope, string? document) => new(
        envelope.Id, envelope.AgreementId, envelope.AgreementNumber, envelope.Kind, envelope.Status.ToString().ToLowerInvariant(), document,
        [.. envelope.Signers.Where(s => s.MustSign).OrderBy(s => s.Index).Select(s =>
            new VerifiedSigner(s.Name, s.Email, s.Role == SignerRole.Approves ? "approver" : "signer", s.SignedAt))]);
}
