using System.Text.RegularExpressions;
using DocFlow.Signing.Pages.Html;

namespace DocFlow.Signing.Pages.Text;

/// <summary>
/// The words of the pages in one language, from an embedded JSON file per locale. {placeholders} are filled in one
/// pass, so a value that itself looks like a placeholder is never expanded again.
/// </summary>
internal sealed partial class PageText(string language, IReadOnlyDictionary<string, string> texts)
{
    public string Language { get; } = language;

    public IEnumerable<string> Keys => texts.Keys;

    public string this[string key] =>
        texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No page text '{key}' for '{Language}'.");

    /// <summary>Plain text with plain values, for the builder to escape (titles, attribute values).</summary>
    public string Fill(string key, params (string Name, string Text)[] values) => Replace(key, this[key], values);

    /// <summary>Escaped wording with values that are already safe HTML (see <see cref="Strong"/> and <see cref="Plain"/>).</summary>
    public string Format(string key, params (string Name, string Html)[] values) =>
        Replace(key, HtmlEscape.Escape(this[key]), values);

    /// <summary>Wraps escaped text in strong, for names and titles inside a sentence.</summary>
    public static string Strong(string text) => "<strong>" + HtmlEscape.Escape(text) + "</strong>";

    public static string Plain(string text) => HtmlEscape.Escape(text);

    private string Replace(string key, string wording, (string Name, string Value)[] values) =>
        Placeholder().Replace(wording, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var value in values)
            {
                if (value.Name == name) return value.Value;
            }
            throw new KeyNotFoundException($"Page text '{key}' ({Language}) has {{{name}}} but no value was given.");
        });

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
