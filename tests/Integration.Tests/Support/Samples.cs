using System.Text.Json.Nodes;

namespace DocFlow.Integration.Tests.Support;

/// <summary>Agreement bodies for the tests: the repository's samples, varied where a test needs distinct agreements.</summary>
public static class Samples
{
    public static string Text(string name = "ru-prepayment") =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", name + ".json"));

    public static JsonObject Node(string name = "ru-prepayment") => JsonNode.Parse(Text(name))!.AsObject();

    /// <summary>The sample with another contract number, so two bodies differ.</summary>
    public static string WithNumber(string number, string name = "ru-prepayment")
    {
        var node = Node(name);
        node["number"] = number;
        return node.ToJsonString();
    }

    public static string WithId(string id, string name = "ru-prepayment")
    {
        var node = Node(name);
        node["id"] = id;
        return node.ToJsonString();
    }
}
