namespace DocFlow.Functions.Completion;

public sealed record VerifiedSigner(string Name, string Email, string Role, DateTimeOffset? SignedAt);
