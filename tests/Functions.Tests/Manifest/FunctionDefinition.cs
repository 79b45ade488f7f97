using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocFlow.Functions.Tests.Manifest;

/// <summary>One functions/{Name}/function.json as the Functions host reads it.</summary>
public sealed record FunctionDefinition(string Name, string TriggerType, string? Route, IReadOnlyList<string> Methods)
{
    public static IReadOnlyList<FunctionDefinition> LoadAll(string root) =>
        Directory.GetDirectories(System.IO.Path.Combine(root, "functions"))
            .Select(folder => Load(System.IO.Path.GetFileName(folder), System.IO.Path.Combine(folder, "function.json")))
            .ToArray();

    private static FunctionDefinition Load(string name, string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var trigger = json.RootElement.GetProperty("bindings").EnumerateArray()
            .Single(binding => binding.GetProperty("direction").GetString() == "in");
        var type = trigger.GetProperty("type").GetString()!;
        var route = trigger.TryGetProperty("route", out var r) ? r.GetString() : null;
        var methods = trigger.TryGetProperty("methods", out var m)
            ? m.EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()).ToArray()
            : [];
        return new FunctionDefinition(name, type, route, methods);
    }

    /// <summary>Whether a request path (routePrefix is empty in host.json) reaches this function.</summary>
    public bool Matches(string path, string method)
    {
        if (Route is null || !Methods.Contains(method)) return false;
        var pattern = Regex.Replace(Regex.Escape(Route), @"\\\{\\\*[^}]*}", ".*");
        pattern = Regex.Replace(pattern, @"\\\{[^}]*}", "[^/]+");
        // "{*rest}" also matches nothing at all after the preceding slash.
        pattern = pattern.Replace("/.*", "(/.*)?");
        return Regex.IsMatch(path.TrimStart('/'), $"^{pattern}$");
    }
}
