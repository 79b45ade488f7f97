using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocFlow.Agreements.Fingerprint;

/// <summary>
/// Writes decimals without trailing zeros: 100, 100.0 and 100.00 are the same amount and must hash the same
/// (System.Text.Json keeps the scale it read, so they would not otherwise).
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter<decimal>
{
    // Dividing by 1 with 28 decimal places makes decimal drop its trailing zeros.
    private const decimal One = 1.0000000000000000000000000000m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value / One);
}
