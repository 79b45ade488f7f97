using DocFlow.Functions.Processing;
using DocFlow.Signing.Envelopes;

namespace DocFlow.Functions.Acts;

/// <summary>A document rendered and stored, with its envelope (and raw invitation tokens) ready to be committed.</summary>
public sealed record IssuedDocument(CreatedEnvelope Envelope, IReadOnlyList<StoredDocument> Documents);
