using System.Security.Cryptography;
using System.Text;

namespace DocFlow.Signing.Tokens;

/// <summary>
/// Signing-link tokens: 256 random bits, base64url. Only <see cref="Hash"/> is ever stored, so a leaked table cannot be
/// turned into working links.
/// </summary>
public static class SigningTokens
{
    public const int TokenBytes = 32;

    public static string Generate() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>Lowercase hex SHA-256 of the token's UTF-8 bytes: the lookup key and the stored form.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Constant-time comparison of two hex hashes, so response timing does not leak how much of a hash matched.</summary>
    public static bool HashesEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>Whether <paramref name="token"/> hashes to one of <paramref name="storedHashes"/>.</summary>
    public static bool Matches(string token, IEnumerable<string> storedHashes)
    {
        var hash = Hash(token);
        var found = false;
        foreach (var stored in storedHashes)
            found |= HashesEqual(hash, stored);
        return found;
    }
}
