using DocFlow.Agreements.Termination;
using DocFlow.Functions.Processing;
using DocFlow.Functions.Sending;

namespace DocFlow.Functions.Termination;

/// <summary>The statement's figures, its stored files and the envelope it went out in.</summary>
public sealed record TerminationAnswer(string Id, string Status, TerminationStatement Statement,
    IReadOnlyList<string> DeliveredStageIds, IReadOnlyList<StoredDocument> Documents, EnvelopeView Envelope);
