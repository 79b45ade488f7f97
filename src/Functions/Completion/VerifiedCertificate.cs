namespace DocFlow.Functions.Completion;

/// <summary>Who sealed: subject, SHA-256 thumbprint (upper-case hex), and whether it is a platform certificate.</summary>
public sealed record VerifiedCertificate(string Subject, string Thumbprint, bool Trusted);
