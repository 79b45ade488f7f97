using System.Reflection;
using System.Text.Json;

namespace DocFlow.Agreements.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of the agreement data contract, embedded in this assembly. It is the one source of
/// truth for the shape of an agreement: <see cref="Validation.AgreementReader"/> checks input against it, and a test
/// keeps it in step with the C# records.
/// </summary>
public static class AgreementSchema
{
    public const string ResourceName = "DocFlow.Agreements.agreement.schema.json";

    private static readonly Lazy<string> LazyText = new(Load);
    private static readonly Lazy<JsonElement> LazyRoot = new(() => JsonDocument.Parse(LazyText.Value).RootElement.Clone());

    /// <summary>The schema as shipped, e.g. for <c>GET /api/schema/agreement</c>.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The parsed schema (read-only).</summary>
    public static JsonElement Root => LazyRoot.Value;

    private static string Load()
    {
        using var stream = typeof(AgreementSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
