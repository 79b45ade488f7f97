using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Schema;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// Reads agreement JSON and reports every problem at once, each with its JSON path. Walks the raw JSON first
/// (types, required fields, ranges, unknown fields) so one bad value does not hide the others.
/// Unknown fields are warnings here although the schema forbids them: the schema is strict for generators, the
/// reader lenient for callers one version ahead.
/// </summary>
public sealed class AgreementReader
{
    public ReadResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new ReadResult(null, [SyntaxProblem.From(e)], []) { IsNotJson = true };
        }
        using (document)
            return Read(document.RootElement);
    }

    private static ReadResult Read(JsonElement root)
    {
        var sink = new ProblemSink();
        new SchemaWalker(AgreementSchema.Root, sink).Walk(root, AgreementSchema.Root, "");
        if (root.ValueKind == JsonValueKind.Object)
            new CrossFieldRules(root, sink).Check();
        var agreement = sink.Errors.Count == 0 ? Deserialize(root, sink) : null;
        return new ReadResult(agreement, sink.Errors, sink.Warnings);
    }

    private static Agreement? Deserialize(JsonElement root, ProblemSink sink)
    {
        try
        {
            var agreement = root.Deserialize<Agreement>(AgreementJson.Options)
                ?? throw new JsonException("The agreement is null.");
            return SlaDefaults.Apply(agreement, root);
        }
        catch (JsonException e)
        {
            // The schema walk should have caught it; this keeps a gap between schema and records a reported problem.
            sink.Error(SyntaxProblem.PointerFromJsonPath(e.Path), "cannot be read: " + SyntaxProblem.Reason(e));
            return null;
        }
    }
}
