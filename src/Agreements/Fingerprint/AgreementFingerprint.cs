using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Fingerprint;

/// <summary>SHA-256 (lower-case hex) of the agreement's canonical JSON; its first characters go in every footer.</summary>
public static class AgreementFingerprint
{
    public static string Compute(Agreement agreement) => throw new NotImplementedException();
    public static string Short(string fingerprint) => fingerprint[..8];
}
