using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using DocFlow.Agreements.Json;

namespace DocFlow.Agreements.Planning;

/// <summary>
/// The computed plan as JSON, the way the spec prints it: amounts with exactly 2 decimals (150000.00), hours as they
/// are (90, 1.5), dates as YYYY-MM-DD. Shared by <c>docflow plan</c> and the HTTP API so both print the same bytes.
/// </summary>
public static class PlanJson
{
    /// <summary>Compact output; usable for any object that contains plan records.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(AgreementPlan plan, bool indented = true) =>
        JsonSerializer.Serialize(plan, indented ? Indented : Options);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(AgreementJson.Options)
        {
            WriteIndented = indented,
            // Cyrillic stays readable; characters that matter in HTML are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { FormatAmounts } },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Every decimal of a plan record is money except the hour counts.</summary>
    private static void FormatAmounts(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace != typeof(AgreementPlan).Namespace) return;
        foreach (var property in type.Properties)
        {
            if (string.Equals(property.Name, "hours", StringComparison.OrdinalIgnoreCase)) continue;
            if (property.PropertyType == typeof(decimal)) property.CustomConverter = new AmountConverter();
            else if (property.PropertyType == typeof(decimal?)) property.CustomConverter = new NullableAmountConverter();
        }
    }

    private sealed class AmountConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private sealed class NullableAmountConverter : JsonConverter<decimal?>
    {
        public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
        {
            if (value is { } amount) writer.WriteRawValue(amount.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
            else writer.WriteNullValue();
        }
    }
}
