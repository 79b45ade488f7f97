using System.Text.Json;
using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Tests.Support;

namespace DocFlow.Agreements.Tests.Fingerprint;

public sealed class AgreementFingerprintTests
{
    [Fact]
    public void Is_sha256_of_the_canonical_json_in_lower_hex()
    {
        var agreement = new AgreementBuilder().Build();
        var json = JsonSerializer.SerializeToUtf8Bytes(agreement, AgreementJson.Options);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json));

        var fingerprint = AgreementFingerprint.Compute(agreement);

        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Equal(expected, fingerprint);
    }

    [Fact]
    public void Same_content_same_fingerprint() =>
        Assert.Equal(AgreementFingerprint.Compute(new AgreementBuilder().Build()), AgreementFingerprint.Compute(new AgreementBuilder().Build()));

    [Fact]
    public void Any_change_changes_it()
    {
        var original = new AgreementBuilder().WithOption("o1", 10, price: 1000).Build();
        var cheaper = new AgreementBuilder().WithOption("o1", 10, price: 999.99m).Build();
        var renumbered = original with { Number = "43/2026" };
        var withId = original with { Id = "01J0000000000000000000000" };

        var fingerprints = new[] { original, cheaper, renumbered, withId }.Select(AgreementFingerprint.Compute).ToHashSet();

        Assert.Equal(4, fingerprints.Count);
    }

    [Fact]
    public void Trailing_zeros_and_key_order_and_whitespace_do_not_matter()
    {
        var json = JsonSerializer.Serialize(new AgreementBuilder().WithOption("o1", 10, price: 1000).Build(), AgreementJson.Options);
        var padded = json.Replace("\"price\":1000", "\"price\":1000.00").Replace(",\"number\":", ", \n  \"number\":");
        Assert.Contains("\"price\":1000.00", padded);
        Assert.Contains(", \n  \"number\":", padded);

        var a = JsonSerializer.Deserialize<Agreement>(json, AgreementJson.Options)!;
        var b = JsonSerializer.Deserialize<Agreement>(padded, AgreementJson.Options)!;

        Assert.Equal(AgreementFingerprint.Compute(a), AgreementFingerprint.Compute(b));
    }

    [Fact]
    public void Short_form_is_the_first_eight_characters() =>
        Assert.Equal("0123abcd", AgreementFingerprint.Short("0123abcd" + new string('e', 56)));
}
