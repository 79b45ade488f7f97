namespace DocFlow.Signing.Pages;

public enum ResultKind { Signed, Declined, CodeSent, Error }
