using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocFlow.Agreements.Validation;

/// <summary>Turns System.Text.Json exceptions into problems: plain words, 1-based line and position.</summary>
internal static partial class SyntaxProblem
{
    public static Problem From(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})" : "";
        return new Problem("", "is not valid JSON: " + Reason(e) + where);
    }

    /// <summary>The parser's explanation without its own "Path: … LineNumber: …" suffix.</summary>
    public static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        // The parser quotes the offending text, line breaks and all; a problem is one line.
        var reason = (cut < 0 ? message : message[..cut]).Replace("\r", "").Replace("\n", "");
        return reason.Trim().TrimEnd('.');
    }

    /// <summary>"$.options[3].hours" → "/options/3/hours".</summary>
    public static string PointerFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var pointer = "";
        foreach (Match segment in JsonPathSegment().Matches(path))
            pointer = segment.Groups["index"].Success
                ? JsonPointer.Append(pointer, int.Parse(segment.Groups["index"].Value))
                : JsonPointer.Append(pointer, segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value);
        return pointer;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]|\['(?<quoted>[^']*)'\]")]
    private static partial Regex JsonPathSegment();
}
