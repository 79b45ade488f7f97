using DocFlow.Signing.Audit;
using DocFlow.Signing.Codes;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Flow;

/// <summary>Checks a typed code against the signer's current one: counts wrong tries and drops the code after the
/// last allowed try, so even the right code then needs a new request.</summary>
internal sealed record CodeCheck(EnvelopeSigner Signer, IReadOnlyList<AuditEntry> Entries, SigningFailure? Failure)
{
    public static CodeCheck Run(string envelopeId, EnvelopeSigner signer, string code, RequestOrigin origin, DateTimeOffset now)
    {
        if (signer.CodeHash is null || signer.CodeIssuedAt is not { } issuedAt)
            return new(signer, [], new SigningFailure(SigningFailureKind.CodeRequired));
        if (now >= signer.CodeExpiresAt)
            return new(signer, [], new SigningFailure(SigningFailureKind.CodeExpired));
        if (OneTimeCodes.Matches(signer.CodeHash, envelopeId, signer.Index, issuedAt, code))
            return Confirmed(signer, origin, now);
        return Wrong(signer, origin, now);
    }

    private static CodeCheck Confirmed(EnvelopeSigner signer, RequestOrigin origin, DateTimeOffset now)
    {
        var confirmed = signer with
        {
            Status = SignerStatus.CodeConfirmed,
            OpenedAt = signer.OpenedAt ?? now,
            CodeConfirmedAt = now,
            CodeHash = null,
            CodeExpiresAt = null,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
        };
        return new(confirmed, [SigningService.Entry(AuditEventTypes.CodeConfirmed, confirmed, origin, now)], null);
    }

    private static CodeCheck Wrong(EnvelopeSigner signer, RequestOrigin origin, DateTimeOffset now)
    {
        var attempts = signer.CodeAttempts + 1;
        var exhausted = attempts >= OneTimeCodes.MaxAttempts;
        var updated = signer with
        {
            CodeAttempts = attempts,
            CodeHash = exhausted ? null : signer.CodeHash,
            CodeExpiresAt = exhausted ? null : signer.CodeExpiresAt,
            OpenedAt = signer.OpenedAt ?? now,
            Status = signer.Status == SignerStatus.Sent ? SignerStatus.Opened : signer.Status,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
        };
        var entry = SigningService.Entry(AuditEventTypes.CodeFailed, updated, origin, now,
            ("attempt", attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var failure = exhausted
            ? new SigningFailure(SigningFailureKind.TooManyTries)
            : new SigningFailure(SigningFailureKind.CodeWrong, RemainingTries: OneTimeCodes.MaxAttempts - attempts);
        return new(updated, [entry], failure);
    }
}
