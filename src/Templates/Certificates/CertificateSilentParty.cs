namespace DocFlow.Templates.Certificates;

/// <summary>A signer who neither signed nor refused an act within the agreed working days.</summary>
public sealed record CertificateSilentParty(string Name, string Email);
