using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocFlow.Signing.Envelopes;

/// <summary>How an envelope is stored (e.g. one table column): camelCase, enums as kebab-case strings so a stored row
/// stays readable and survives enum reordering.</summary>
public static class EnvelopeJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <exception cref="JsonException">Not an envelope.</exception>
    public static Envelope Deserialize(string json) =>
        JsonSerializer.Deserialize<Envelope>(json, Options) ?? throw new JsonException("Envelope JSON is null.");
}
