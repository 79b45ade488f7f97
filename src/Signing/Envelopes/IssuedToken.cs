namespace DocFlow.Signing.Envelopes;

/// <summary>A raw link token for one signer, to be put into the mailed link and then forgotten: only its hash is stored.</summary>
public sealed record IssuedToken(int SignerIndex, string Name, string Email, string Token);
