using System.Security.Cryptography;
using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Fingerprint;

/// <summary>SHA-256 (lower-case hex) of the agreement's canonical JSON; its first characters go in every footer.</summary>
/// <remarks>
/// Canonical = the record serialized with <see cref="AgreementJson.Options"/>: properties in declaration order, no
/// indentation, nulls left out, defaults filled in, amounts without trailing zeros (100.00 = 100). So two requests that differ only in whitespace, key order or an
/// omitted default have the same fingerprint, and any change to what was agreed (the id included) changes it.
/// </remarks>
public static class AgreementFingerprint
{
    private static readonly JsonSerializerOptions Canonical = CreateCanonical();

    public static string Compute(Agreement agreement)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(agreement, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    public static string Short(string fingerprint) => fingerprint[..8];

    private static JsonSerializerOptions CreateCanonical()
    {
        var options = new JsonSerializerOptions(AgreementJson.Options);
        options.Converters.Add(new NormalizedDecimalConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
