namespace DocFlow.Signing.Envelopes;

/// <summary>Pending = not invited yet (a later order in sequential signing, or a copy recipient, who never is).</summary>
public enum SignerStatus { Pending, Sent, Opened, CodeConfirmed, Signed, Declined }
