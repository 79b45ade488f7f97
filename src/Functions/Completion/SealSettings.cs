namespace DocFlow.Functions.Completion;

/// <summary>
/// Where the sealing key comes from. Certificate: base64 PFX from DOCFLOW_SEAL_CERTIFICATE (in Azure a Key Vault
/// certificate reference resolves to exactly that), with DOCFLOW_SEAL_CERTIFICATE_PASSWORD when it has one. Without it,
/// a development certificate kept at DevelopmentPfxPath. TrustedThumbprints (DOCFLOW_SEAL_TRUSTED_THUMBPRINTS,
/// comma-separated SHA-256): earlier certificates whose seals /api/verify still accepts after a rotation.
/// </summary>
public sealed record SealSettings
{
    public string? CertificateBase64 { get; init; }
    public string? CertificatePassword { get; init; }
    public required string DevelopmentPfxPath { get; init; }
    public IReadOnlyList<string> TrustedThumbprints { get; init; } = [];

    /// <summary>Never prints the key or the password: records are logged more easily than one thinks.</summary>
    public override string ToString() =>
        $"SealSettings {{ Configured = {CertificateBase64 is not null}, DevelopmentPfxPath = {DevelopmentPfxPath}, Trusted = {TrustedThumbprints.Count} }}";

    public static SealSettings Read(IConfiguration configuration, string dataDirectory) => new()
    {
        CertificateBase64 = Value(configuration, "DOCFLOW_SEAL_CERTIFICATE", "DocFlow:Seal:Certificate"),
        CertificatePassword = Value(configuration, "DOCFLOW_SEAL_CERTIFICATE_PASSWORD", "DocFlow:Seal:CertificatePassword"),
        DevelopmentPfxPath = Path.Combine(dataDirectory, "seal-dev.pfx"),
        TrustedThumbprints = (Value(configuration, "DOCFLOW_SEAL_TRUSTED_THUMBPRINTS", "DocFlow:Seal:TrustedThumbprints") ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(NormalizeThumbprint).Where(t => t.Length > 0).Distinct().ToArray(),
    };

    /// <summary>Upper-case hex without separators, as the verifier reports thumbprints ("AB:CD" and "ab cd" both work).</summary>
    public static string NormalizeThumbprint(string value) =>
        string.Concat(value.Where(Uri.IsHexDigit)).ToUpperInvariant();

    private static string? Value(IConfiguration configuration, string environmentName, string sectionName)
    {
        var value = configuration[environmentName] ?? configuration[sectionName];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
