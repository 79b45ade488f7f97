using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocFlow.Signing.Tokens;

namespace DocFlow.Signing.Codes;

/// <summary>
/// Six-digit codes mailed to a signer. At rest only a salted SHA-256 is kept; the salt (envelope, signer, issue time)
/// makes equal codes hash differently, so a leaked table cannot be matched against one precomputed table of all
/// million codes.
/// </summary>
/// <remarks>
/// Why no lock-out after repeated failures: 5 tries per code and at most 5 codes per hour bound guessing to 25 tries an
/// hour against 10^6 codes (expected ~20,000 hours for one hit, far past any envelope's expiry), while a lock-out would
/// let anyone who holds the link lock the real signer out.
/// </remarks>
public static class OneTimeCodes
{
    public const int Digits = 6;
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(10);

    public static string Generate() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string Hash(string envelopeId, int signerIndex, DateTimeOffset issuedAt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{envelopeId}|{signerIndex}|{issuedAt.UtcTicks}|{code.Trim()}")));

    public static bool Matches(string storedHash, string envelopeId, int signerIndex, DateTimeOffset issuedAt, string code) =>
        SigningTokens.HashesEqual(storedHash, Hash(envelopeId, signerIndex, issuedAt, code));
}
