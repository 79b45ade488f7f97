namespace DocFlow.Templates.Model;

/// <summary>
/// Caption: the party's role ("Contractor"); Name: its legal name; Details: address, tax id, bank lines;
/// SignerLine: "Director ____________ / I. Petrov /".
/// </summary>
public sealed record SignatureParty(string Caption, string Name, IReadOnlyList<string> Details, string SignerLine);
