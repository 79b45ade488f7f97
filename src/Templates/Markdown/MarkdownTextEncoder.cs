using System.Text;
using HandlebarsDotNet;

namespace DocFlow.Templates.Markdown;

/// <summary>
/// Handlebars output encoder for the Markdown dialect: user text must print literally, so every ASCII punctuation
/// character (everything CommonMark may read as syntax: * _ # | &lt; &amp; [ ] …) is backslash-escaped, and line
/// breaks become spaces so a value can never start a new block (a heading, a list item, a table row).
/// </summary>
public sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder text, TextWriter target)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span) Write(c, target);
        }
    }

    public void Encode(string text, TextWriter target)
    {
        foreach (var c in text) Write(c, target);
    }

    public void Encode<T>(T text, TextWriter target) where T : IEnumerator<char>
    {
        while (text.MoveNext()) Write(text.Current, target);
    }

    /// <summary>The escaped form of a whole string (used for values inserted outside Handlebars).</summary>
    public static string Escape(string text)
    {
        using var writer = new StringWriter();
        new MarkdownTextEncoder().Encode(text, writer);
        return writer.ToString();
    }

    private static void Write(char c, TextWriter target)
    {
        if (c is '\r' or '\n' or '\t')
        {
            target.Write(' ');
            return;
        }
        if (char.IsControl(c)) return;
        if (MarkdownChars.IsEscapable(c)) target.Write('\\');
        target.Write(c);
    }
}
