namespace DocFlow.Templates.Certificates;

/// <summary>A document of the envelope by kind (contract, specification, acceptance, act-{stageId}, termination) and the
/// lowercase hex SHA-256 of its PDF as the signers saw it, before this page and the seal were added.</summary>
public sealed record CertificateDocument(string Kind, string Sha256);
