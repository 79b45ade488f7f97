namespace DocFlow.Agreements.Model;

/// <summary>The agreement as sales tooling sends it (data contract v1, see shared/spec/agreement.md).</summary>
public sealed record Agreement
{
    public required string SchemaVersion { get; init; }
    public string? Id { get; init; }
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public string? City { get; init; }
    public required Locale Locale { get; init; }
    public required string Currency { get; init; }
    public Vat? Vat { get; init; }
    public required Party Contractor { get; init; }
    public required Party Client { get; init; }
    public required Project Project { get; init; }
    public Rate? Rate { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public required IReadOnlyList<Option> Options { get; init; }
    public required Schedule Schedule { get; init; }
    public required Payment Payment { get; init; }
    public decimal? RiskReservePercent { get; init; }
    public IReadOnlyList<Cost> ThirdPartyCosts { get; init; } = [];
    public Terms Terms { get; init; } = new();
    public SigningSettings Signing { get; init; } = new();
}
