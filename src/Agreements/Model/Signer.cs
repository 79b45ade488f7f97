namespace DocFlow.Agreements.Model;

/// <summary>A person who receives a signing link. Equal <see cref="Order"/> values sign in parallel, lower first.</summary>
public sealed record Signer
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public SignerRole Role { get; init; } = SignerRole.Signs;
    public int Order { get; init; } = 1;
}
