namespace DocFlow.Functions.Completion;

/// <summary>The envelope a seal names. Document: which of its documents the file is, when it matched one.</summary>
public sealed record VerifiedEnvelope(
    string Id, string AgreementId, string AgreementNumber, string Kind, string Status, string? Document,
    IReadOnlyList<VerifiedSigner> Signers);
