using System.Text.Json;
using DocFlow.Functions.Sending;

namespace DocFlow.Functions.Processing;

/// <summary>The answer to GET /api/agreements/{id}: the stored agreement as the sales tooling sees it now.</summary>
public sealed record AgreementView(
    string Id,
    int Version,
    string Status,
    string Number,
    string Locale,
    string Fingerprint,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement Plan,
    IReadOnlyList<DocumentLink> Documents,
    IReadOnlyList<EnvelopeView> Envelopes,
    IReadOnlyList<StageView> Stages);
