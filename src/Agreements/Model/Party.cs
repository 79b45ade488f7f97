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

    /// <summary>The short name where one is given: how documents refer to the party after the heading.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => ShortName ?? Name;
}
