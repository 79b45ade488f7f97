using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Pages;

/// <summary>The person the link was sent to; Organization is the party they sign for, when they sign for one.</summary>
public sealed record PageSigner(string Name, string Email, SignerRole Role = SignerRole.Signs, string? Organization = null);
