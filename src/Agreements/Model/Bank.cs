namespace DocFlow.Agreements.Model;

public sealed record Bank
{
    public required string Name { get; init; }
    public required string Account { get; init; }
    public string? Bic { get; init; }
    public string? CorrespondentAccount { get; init; }
    public string? Iban { get; init; }
    public string? Swift { get; init; }
}
