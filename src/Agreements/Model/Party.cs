namespace DocFlow.Agreements.Model;

public sealed record Party
{
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required PartyKind Kind { get; init; }
    public string? TaxId { get; init; }
    public string? RegistrationNumber { get; init; }
    public required string Address { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public Bank? Bank { get; init; }
    public required Representative Representative { get; init; }
    public required IReadOnlyList<Signer> Signers { get; init; }

    public string DisplayName => ShortName ?? Name;
}
