using System.Text.Json;
using DocFlow.Agreements.Schema;
using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Schema;

public sealed class SchemaDocumentTests
{
    [Fact]
    public void The_schema_is_draft_2020_12_and_embedded()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", AgreementSchema.Root.GetProperty("$schema").GetString());
        Assert.StartsWith("{", AgreementSchema.Text.TrimStart());
    }

    [Fact]
    public void The_schema_uses_only_keywords_the_reader_understands()
    {
        var unknown = new List<string>();

        Visit(AgreementSchema.Root, "", unknown);

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_reference_resolves_to_a_definition()
    {
        var defs = AgreementSchema.Root.GetProperty("$defs");
        var references = AgreementSchema.Text.Split("\"$ref\": \"#/$defs/").Skip(1).Select(s => s[..s.IndexOf('"')]).Distinct().ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(defs.TryGetProperty(name, out _), name));
    }

    [Fact]
    public void Every_object_is_closed_to_unknown_fields_for_generators()
    {
        var open = new List<string>();

        FindOpenObjects(AgreementSchema.Root, "", open);

        Assert.Empty(open);
    }

    private static void Visit(JsonElement schema, string path, List<string> unknown)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!SchemaWalker.SupportedKeywords.Contains(keyword.Name)) unknown.Add($"{path}/{keyword.Name}");
            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject()) Visit(child.Value, $"{path}/{keyword.Name}/{child.Name}", unknown);
                    break;
                case "items":
                    Visit(keyword.Value, path + "/items", unknown);
                    break;
            }
        }
    }

    private static void FindOpenObjects(JsonElement schema, string path, List<string> open)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
                open.Add(path);
            foreach (var child in properties.EnumerateObject()) FindOpenObjects(child.Value, $"{path}/properties/{child.Name}", open);
        }
        if (schema.TryGetProperty("$defs", out var defs))
            foreach (var child in defs.EnumerateObject()) FindOpenObjects(child.Value, $"{path}/$defs/{child.Name}", open);
        if (schema.TryGetProperty("items", out var items)) FindOpenObjects(items, path + "/items", open);
    }
}
