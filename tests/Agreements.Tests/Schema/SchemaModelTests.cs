using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Schema;

namespace DocFlow.Agreements.Tests.Schema;

/// <summary>
/// One source of truth: the schema and the C# records must describe the same contract. Walks both from Agreement
/// down and lists every difference in property names, requiredness, JSON types and enum values.
/// </summary>
public sealed class SchemaModelTests
{
    private static readonly JsonElement Root = AgreementSchema.Root;

    [Fact]
    public void Schema_and_records_have_the_same_properties_types_requiredness_and_enum_values()
    {
        var differences = new List<string>();

        Compare(typeof(Agreement), Root, "Agreement", differences);

        Assert.Empty(differences);
    }

    [Fact]
    public void The_comparison_notices_a_difference()
    {
        // Guards the test above against comparing nothing: Stage's schema checked against Scenario must differ.
        var differences = new List<string>();

        Compare(typeof(Scenario), Root.GetProperty("$defs").GetProperty("stage"), "Scenario", differences);

        Assert.Contains("Scenario: property steps is in C# but not in the schema", differences);
        Assert.Contains("Scenario: property id is in the schema but not in C#", differences);
    }

    private static void Compare(Type type, JsonElement node, string where, List<string> differences)
    {
        node = Resolve(node);
        var csharp = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        var schema = node.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        foreach (var name in csharp.Keys.Except(schema.Keys))
            differences.Add($"{where}: property {name} is in C# but not in the schema");
        foreach (var name in schema.Keys.Except(csharp.Keys))
            differences.Add($"{where}: property {name} is in the schema but not in C#");
        var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        foreach (var (name, property) in csharp.Where(p => schema.ContainsKey(p.Key)))
        {
            if (IsRequired(property) != required.Contains(name))
                differences.Add($"{where}.{name}: required in {(IsRequired(property) ? "C#" : "the schema")} only");
            CompareValue(property.PropertyType, Resolve(schema[name]), $"{where}.{name}", differences);
        }
    }

    private static void CompareValue(Type type, JsonElement node, string where, List<string> differences)
    {
        var nullable = Nullable.GetUnderlyingType(type) ?? type;
        var allowsNull = Types(node).Contains("null");
        if (allowsNull && !IsNullable(type))
            differences.Add($"{where}: the schema allows null, the C# type {type.Name} does not");
        if (ListItem(nullable) is { } item)
        {
            Expect(node, "array", where, differences);
            if (node.TryGetProperty("items", out var items)) CompareValue(item, Resolve(items), where + "[]", differences);
            return;
        }
        if (nullable.IsEnum)
        {
            Expect(node, "string", where, differences);
            CompareEnum(nullable, node, where, differences);
        }
        else if (nullable == typeof(string)) Expect(node, "string", where, differences);
        else if (nullable == typeof(decimal)) Expect(node, "number", where, differences);
        else if (nullable == typeof(int)) Expect(node, "integer", where, differences);
        else if (nullable == typeof(bool)) Expect(node, "boolean", where, differences);
        else if (nullable == typeof(DateOnly)) ExpectDate(node, where, differences);
        else if (nullable.Namespace == typeof(Agreement).Namespace) Compare(nullable, node, nullable.Name, differences);
        else differences.Add($"{where}: C# type {nullable.Name} has no JSON Schema mapping in this test");
    }

    private static void CompareEnum(Type type, JsonElement node, string where, List<string> differences)
    {
        var expected = Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToList();
        var actual = node.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
        if (!expected.SequenceEqual(actual))
            differences.Add($"{where}: enum is [{string.Join(", ", actual)}] in the schema, [{string.Join(", ", expected)}] in C#");
    }

    private static void Expect(JsonElement node, string type, string where, List<string> differences)
    {
        var types = Types(node);
        if (!types.Contains(type))
            differences.Add($"{where}: type is [{string.Join(", ", types)}] in the schema, {type} in C#");
    }

    private static void ExpectDate(JsonElement node, string where, List<string> differences)
    {
        Expect(node, "string", where, differences);
        if (!node.TryGetProperty("format", out var format) || format.GetString() != "date")
            differences.Add($"{where}: a DateOnly in C# but not format date in the schema");
    }

    private static List<string> Types(JsonElement node) => !node.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];

    private static Type? ListItem(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>A `required` member, or a parameter of a positional record's constructor without a default.</summary>
    private static bool IsRequired(PropertyInfo property)
    {
        if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null) return true;
        var type = property.DeclaringType!;
        if (type.GetConstructor(Type.EmptyTypes) is not null) return false;
        return type.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase) && !p.HasDefaultValue);
    }

    private static JsonElement Resolve(JsonElement node) =>
        node.TryGetProperty("$ref", out var reference)
            ? Resolve(Root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]))
            : node;
}
