using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema 2020-12 that agreement.schema.json uses, reporting every
/// failure with its path instead of stopping at the first. Interpreting the shipped schema (rather than repeating its
/// rules in C#) keeps one source of truth for the shape of an agreement.
/// </summary>
internal sealed partial class SchemaWalker(JsonElement root, ProblemSink sink)
{
    /// <summary>Every keyword this walker understands; a test fails if the schema uses any other.</summary>
    public static readonly IReadOnlySet<string> SupportedKeywords = new HashSet<string>
    {
        "$schema", "$id", "$ref", "$defs", "title", "description", "x-message",
        "type", "const", "enum", "properties", "required", "additionalProperties", "items", "minItems", "uniqueItems",
        "minLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "multipleOf",
    };

    public void Walk(JsonElement value, JsonElement schema, string path)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            Walk(value, Resolve(reference.GetString()!), path);
        if (!CheckType(value, schema, path) || !CheckConstAndEnum(value, schema, path)) return;
        switch (value.ValueKind)
        {
            case JsonValueKind.String: CheckString(value.GetString()!, schema, path); break;
            case JsonValueKind.Number: CheckNumber(value, schema, path); break;
            case JsonValueKind.Object: CheckObject(value, schema, path); break;
            case JsonValueKind.Array: CheckArray(value, schema, path); break;
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"Schema reference {reference} is not a local $defs reference.");
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private bool CheckType(JsonElement value, JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type)) return true;
        var allowed = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (allowed.Any(t => HasType(value, t))) return true;
        var words = "must be " + string.Join(" or ", allowed.Select(TypeWords));
        // For a constant (schemaVersion 1 instead of "1") the value wanted says more than its type.
        sink.Error(path, schema.TryGetProperty("const", out _) ? MessageOr(schema, words) : words);
        return false;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown schema type {type}."),
    };

    private static string TypeWords(string type) => type switch
    {
        "string" => "a string",
        "number" => "a number",
        "integer" => "a whole number",
        "boolean" => "true or false",
        "object" => "an object",
        "array" => "a list",
        _ => type,
    };

    private bool CheckConstAndEnum(JsonElement value, JsonElement schema, string path)
    {
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(value, constant))
        {
            sink.Error(path, MessageOr(schema, $"must be {constant.GetRawText()}"));
            return false;
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(value, o)))
        {
            var names = string.Join(", ", options.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString() : o.GetRawText()));
            sink.Error(path, $"must be one of: {names}");
            return false;
        }
        return true;
    }

    private void CheckString(string text, JsonElement schema, string path)
    {
        // Whitespace is not content: a name of three spaces is as empty as "".
        if (schema.TryGetProperty("minLength", out var minLength) && text.Trim().Length < minLength.GetInt32())
            sink.Error(path, MessageOr(schema, $"must have at least {minLength.GetInt32()} characters"));
        else if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            sink.Error(path, MessageOr(schema, "has the wrong form"));
        else if (schema.TryGetProperty("format", out var format) && !HasFormat(text, format.GetString()!))
            sink.Error(path, MessageOr(schema, $"must be a valid {format.GetString()}"));
    }

    private static bool HasFormat(string text, string format) => format switch
    {
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "email" => EmailPattern().IsMatch(text),
        _ => throw new InvalidOperationException($"Unknown schema format {format}."),
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    private void CheckNumber(JsonElement value, JsonElement schema, string path)
    {
        if (!value.TryGetDecimal(out var number))
        {
            sink.Error(path, "is a number too large to use");
            return;
        }
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDecimal())
            sink.Error(path, min.GetDecimal() == 0 ? "must not be negative" : $"must be at least {min.GetDecimal()}");
        if (schema.TryGetProperty("exclusiveMinimum", out var above) && number <= above.GetDecimal())
            sink.Error(path, $"must be greater than {above.GetDecimal()}");
        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDecimal())
            sink.Error(path, $"must be at most {max.GetDecimal()}");
        // Decimal arithmetic: 0.07 is a multiple of 0.01 here, as it is not in binary floating point.
        if (schema.TryGetProperty("multipleOf", out var step) && number % step.GetDecimal() != 0)
            sink.Error(path, step.GetDecimal() == 0.01m ? "must have at most 2 decimal places" : $"must be a multiple of {step.GetDecimal()}");
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path)
    {
        // A node that only refers to an object schema has no properties of its own: the referenced one checks them.
        if (!schema.TryGetProperty("properties", out var properties)) return;
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = JsonPointer.Append(path, property.Name);
            if (!seen.Add(property.Name))
                sink.Error(childPath, "is given more than once");
            else if (properties.TryGetProperty(property.Name, out var childSchema))
                Walk(property.Value, childSchema, childPath);
            else if (closed)
                sink.Warning(childPath, "is not a field of the agreement data contract; it is ignored");
        }
        if (!schema.TryGetProperty("required", out var required)) return;
        foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !seen.Contains(n)))
            sink.Error(JsonPointer.Append(path, name), "is required");
    }

    private void CheckArray(JsonElement value, JsonElement schema, string path)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
            sink.Error(path, MessageOr(schema, $"must list at least {minItems.GetInt32()} items"));
        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True;
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        var index = 0;
        var earlier = new List<JsonElement>();
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonPointer.Append(path, index++);
            if (unique && earlier.Any(e => JsonElement.DeepEquals(e, item)))
                sink.Error(itemPath, $"repeats {item.GetRawText()}, which is already in the list");
            earlier.Add(item);
            if (items.ValueKind == JsonValueKind.Object) Walk(item, items, itemPath);
        }
    }

    private static string MessageOr(JsonElement schema, string fallback) =>
        schema.TryGetProperty("x-message", out var message) ? message.GetString()! : fallback;
}
