namespace DocFlow.Functions.Signing;

/// <summary>The JSON answer to a signer's API call: signed, declined or code-sent, and whether the envelope is done.</summary>
public sealed record SignerAnswer(string Status, string EnvelopeId, string EnvelopeStatus, bool EnvelopeCompleted,
    DateTimeOffset? CodeExpiresAt = null);
