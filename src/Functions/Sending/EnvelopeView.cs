namespace DocFlow.Functions.Sending;

/// <summary>An envelope as the API shows it: what is in it and where each signer is.</summary>
public sealed record EnvelopeView(string Id, string Kind, string Status, IReadOnlyDictionary<string, string> Documents,
    DateTimeOffset ExpiresAt, IReadOnlyList<SignerView> Signers);
