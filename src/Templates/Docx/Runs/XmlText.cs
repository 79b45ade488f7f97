using System.Text;

namespace DocFlow.Templates.Docx.Runs;

/// <summary>
/// Makes user text safe for XML 1.0. OpenXml escapes markup characters itself, but control characters and unpaired
/// surrogates cannot be written at all and would otherwise produce a file Word refuses to open.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowedSingle(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowedSingle(c)) return false;
        }
        return true;
    }

    // XML 1.0 Char production, minus surrogates which are only valid in pairs.
    private static bool IsAllowedSingle(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
