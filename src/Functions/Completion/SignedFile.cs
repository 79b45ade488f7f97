namespace DocFlow.Functions.Completion;

/// <summary>One file of a signed version: document kind (or "audit" for audit.json), its blob in the signed container
/// and the lowercase hex SHA-256 of its bytes.</summary>
public sealed record SignedFile(string Kind, string Blob, string Sha256, long Length);
