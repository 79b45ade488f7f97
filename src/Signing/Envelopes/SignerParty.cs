namespace DocFlow.Signing.Envelopes;

/// <summary>Which side of the agreement a signer signs for.</summary>
public static class SignerParty
{
    public const string Contractor = "contractor";
    public const string Client = "client";
}
