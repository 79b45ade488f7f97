using System.Text;

namespace DocFlow.Templates.Docx.Xml;

/// <summary>
/// What XmlWriter escapes, and how: markup characters everywhere, and in an attribute also the quote and the
/// whitespace that a reader would otherwise normalise to spaces. One table for the part writer and the style sheet.
/// </summary>
internal static class XmlEscaping
{
    public const string AttributeSpecials = "&<>\"\t\n\r";
    public const string TextSpecials = "&<>\r";

    /// <summary>The entity for a character of <see cref="AttributeSpecials"/>.</summary>
    public static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\t' => "&#x9;",
        '\n' => "&#xA;",
        '\r' => "&#xD;",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a character XML escapes."),
    };

    /// <summary>An attribute value in double quotes, escaped so it reads back as is.</summary>
    public static string Attribute(string value)
    {
        if (value.AsSpan().IndexOfAny(AttributeSpecials) < 0) return value;
        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (AttributeSpecials.Contains(c)) builder.Append(Entity(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
