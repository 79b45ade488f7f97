using System.Text.Json.Nodes;
using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Validation;

/// <summary>
/// Every value of every sample replaced by every kind of wrong value: the reader never throws, an invalid document
/// never yields an agreement, and a valid one always does.
/// </summary>
public sealed class ReaderRobustnessTests
{
    // One of each kind: null, a negative number, a string, a list, an object, a number no decimal holds.
    private static readonly string[] WrongValues = ["null", "-1", "\"x\"", "[]", "{}", "1e400"];

    public static TheoryData<string> Samples => SampleTests.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_replaced_value_makes_the_reader_throw_or_lose_a_problem(string sample)
    {
        var original = SampleFiles.Read(sample);
        var failures = new List<string>();
        foreach (var pointer in Pointers(JsonNode.Parse(original)!, ""))
        foreach (var value in WrongValues)
        {
            var root = JsonNode.Parse(original)!;
            AgreementJsonFixture.Set(root, pointer, value);
            try
            {
                var result = new AgreementReader().Read(root.ToJsonString());
                if (result.Agreement is null == (result.Errors.Count == 0))
                    failures.Add($"{pointer} = {value}: errors {result.Errors.Count}, agreement {(result.Agreement is null ? "absent" : "present")}");
            }
            catch (Exception e)
            {
                failures.Add($"{pointer} = {value}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(failures);
    }

    private static IEnumerable<string> Pointers(JsonNode node, string path)
    {
        if (path.Length > 0) yield return path;
        var children = node switch
        {
            JsonObject o => o.Select(p => (JsonPointer.Append(path, p.Key), p.Value)),
            JsonArray a => a.Select((v, i) => (JsonPointer.Append(path, i), v)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
            if (child is not null)
                foreach (var pointer in Pointers(child, childPath)) yield return pointer;
    }
}
