namespace DocFlow.Signing.Envelopes;

/// <summary>Sent until every signer signed (Completed), one declined, it expired, or (acts only) the caller recorded
/// acceptance by silence. Every status but Sent is final.</summary>
public enum EnvelopeStatus { Sent, Completed, Declined, Expired, AcceptedBySilence }
