namespace DocFlow.Signing.Pages;

/// <summary>Who asks for the signature: the person who sent the envelope and, when set, the organisation they act for.</summary>
public sealed record PageRequester(string Name, string Email, string? Organization = null);
