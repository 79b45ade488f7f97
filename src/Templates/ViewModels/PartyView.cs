namespace DocFlow.Templates.ViewModels;

/// <summary>A party as the documents print it. Kind: "company", "entrepreneur" or "person" (templates translate it).</summary>
public sealed record PartyView
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required string Kind { get; init; }
    public string? TaxId { get; init; }
    public string? RegistrationNumber { get; init; }
    public required string Address { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public BankView? Bank { get; init; }
    public required string RepresentativeName { get; init; }
    public string? RepresentativePosition { get; init; }
    public string? RepresentativeBasis { get; init; }
    public required IReadOnlyList<SignerView> Signers { get; init; }
}
