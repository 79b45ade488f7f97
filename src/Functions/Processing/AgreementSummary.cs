using DocFlow.Functions.Http;

namespace DocFlow.Functions.Processing;

/// <summary>The answer to create and update: what was stored.</summary>
public sealed record AgreementSummary(
    string Id,
    int Version,
    string Status,
    string Number,
    string Fingerprint,
    IReadOnlyList<DocumentLink> Documents,
    IReadOnlyList<ProblemError> Warnings);
