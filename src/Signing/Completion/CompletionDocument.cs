namespace DocFlow.Signing.Completion;

/// <summary>A document of the envelope and the SHA-256 of its PDF as sent, i.e. before the certificate page and seal.</summary>
public sealed record CompletionDocument(string Kind, string Sha256);
