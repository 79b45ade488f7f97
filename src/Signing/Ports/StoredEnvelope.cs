using DocFlow.Signing.Envelopes;

namespace DocFlow.Signing.Ports;

/// <summary>An envelope as read from storage, with the ETag to save it back against.</summary>
public sealed record StoredEnvelope(Envelope Envelope, string ETag);
