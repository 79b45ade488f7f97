using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocFlow.Signing.Audit;

/// <summary>audit.json, stored beside every signed PDF: the whole trail, indented, camelCase, stable.</summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Names and user agents in Cyrillic stay readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Serialize(IReadOnlyList<AuditEvent> events) =>
        JsonSerializer.SerializeToUtf8Bytes(new AuditDocument(events.Count == 0 ? "" : events[0].EnvelopeId, events), Options);

    public static IReadOnlyList<AuditEvent> Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<AuditDocument>(json, Options)?.Events
        ?? throw new JsonException("audit.json is empty.");

    private sealed record AuditDocument(string EnvelopeId, IReadOnlyList<AuditEvent> Events);
}
