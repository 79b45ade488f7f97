namespace DocFlow.Signing.Pages;

/// <summary>Where the signer is on the page: no code asked for yet, or a code sent and waiting to be typed.</summary>
public enum SigningPageState { AwaitingCode, CodeSent }
