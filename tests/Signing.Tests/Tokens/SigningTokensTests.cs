using System.Security.Cryptography;
using System.Text;
using DocFlow.Signing.Tokens;

namespace DocFlow.Signing.Tests.Tokens;

public class SigningTokensTests
{
    [Fact]
    public void A_token_is_256_bits_in_unpadded_base64url()
    {
        var token = SigningTokens.Generate();
        Assert.Equal(43, token.Length); // ceil(32 * 8 / 6)
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.NotEqual(token, SigningTokens.Generate());
    }

    [Fact]
    public void The_hash_is_lowercase_hex_sha256_of_the_token()
    {
        // SHA-256("abc") is the FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SigningTokens.Hash("abc"));
    }

    [Fact]
    public void A_token_with_one_character_changed_does_not_match()
    {
        var token = SigningTokens.Generate();
        var stored = new[] { SigningTokens.Hash(token) };
        var tampered = (token[0] == 'A' ? 'B' : 'A') + token[1..];

        Assert.True(SigningTokens.Matches(token, stored));
        Assert.False(SigningTokens.Matches(tampered, stored));
    }

    [Fact]
    public void Any_of_several_stored_hashes_matches()
    {
        var hashes = new[] { SigningTokens.Hash("one"), SigningTokens.Hash("two") };
        Assert.True(SigningTokens.Matches("two", hashes));
        Assert.False(SigningTokens.Matches("three", hashes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("two"))), hashes[1]);
    }
}
