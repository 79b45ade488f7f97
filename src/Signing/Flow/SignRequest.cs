namespace DocFlow.Signing.Flow;

/// <summary>The signing form: the name typed by the signer, the mailed code (unless already confirmed) and consent to
/// the simple electronic signature, which must be true.</summary>
public sealed record SignRequest(string? FullName, string? Code, bool Consent);
