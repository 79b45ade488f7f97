using System.Text;
using Markdig.Extensions.Yaml;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// The "key: value" lines between --- at the top of a template: running texts and settings. Values are unescaped
/// the way CommonMark unescapes text, so user text inserted there prints literally too.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, string> _values;

    private FrontMatter(Dictionary<string, string> values) => _values = values;

    public static FrontMatter Read(YamlFrontMatterBlock? block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (block is null) return new FrontMatter(values);
        foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
        {
            var text = line.Slice.ToString();
            var colon = text.IndexOf(':');
            if (colon <= 0) continue;
            values[text[..colon].Trim()] = Unescape(text[(colon + 1)..].Trim());
        }
        return new FrontMatter(values);
    }

    public string Get(string key) => _values.GetValueOrDefault(key, string.Empty);

    public bool Flag(string key) => string.Equals(Get(key), "true", StringComparison.OrdinalIgnoreCase);

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && MarkdownChars.IsEscapable(text[i + 1])) i++;
            result.Append(text[i]);
        }
        return result.ToString();
    }
}
