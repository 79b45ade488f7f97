namespace DocFlow.Templates.Model;

/// <summary>The parties side by side with their details and a line to sign on. Never split across pages.</summary>
public sealed record SignatureBlock(IReadOnlyList<SignatureParty> Parties) : Block;
