namespace DocFlow.Signing.Flow;

/// <summary>
/// Why a signer's request was refused. InvalidToken and Expired must get the same 404 page (no telling a wrong link
/// from a used or expired one); the others are shown on the signing page.
/// </summary>
public enum SigningFailureKind
{
    InvalidToken,
    Expired,
    CodeRequired,
    CodeWrong,
    CodeExpired,
    TooManyTries,
    RateLimited,
    ConsentRequired,
    NameRequired,
}
