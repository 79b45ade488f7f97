using System.Globalization;
using System.Text.Json;

namespace DocFlow.Signing.Audit;

/// <summary>
/// The bytes an event's hash is computed over: compact JSON with a fixed property order, UTC time in round-trip format
/// and data keys sorted ordinally, so the hash never depends on serializer settings or dictionary order.
/// </summary>
public static class AuditCanonicalForm
{
    public static byte[] Of(AuditEvent e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", e.Sequence);
            w.WriteString("envelopeId", e.EnvelopeId);
            w.WriteString("type", e.Type);
            w.WriteString("at", e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
            w.WriteString("actor", e.Actor);
            w.WriteString("ip", e.Ip);
            w.WriteString("userAgent", e.UserAgent);
            w.WriteStartObject("data");
            foreach (var (key, value) in e.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
                w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteString("previousHash", e.PreviousHash);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
