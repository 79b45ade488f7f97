namespace DocFlow.Signing.Pages;

/// <summary>A message about the signer's last request; its words are in the page texts of each locale.</summary>
public enum PageNotice
{
    CodeRequired,
    CodeWrong,
    CodeExpired,
    TooManyTries,
    RateLimited,
    ConsentRequired,
    NameRequired,
    ReasonRequired,
    Unavailable,
}
