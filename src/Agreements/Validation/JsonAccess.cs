using System.Text.Json;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// Lenient reads of raw JSON for the cross-field rules: they run even when parts of the document are malformed
/// (those parts are already reported), so every read tolerates a missing or mistyped value.
/// </summary>
internal static class JsonAccess
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? String(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static decimal? Number(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;

    public static bool Has(this JsonElement element, string name) => element.Property(name) is not null;

    /// <summary>The items of an array property with their index; nothing when the property is not an array.</summary>
    public static IEnumerable<(JsonElement Item, int Index)> Items(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select((item, index) => (item, index))
            : [];
}
