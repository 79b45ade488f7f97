using System.Collections.Immutable;
using System.Text;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Xml;

namespace DocFlow.Templates.Docx.Styles;

/// <summary>
/// styles.xml, which differs between documents only in the language of docDefaults. The sheet is built and saved once
/// per process with a marker where the language goes; each document's copy is that text with its language put in,
/// instead of a DOM of some 200 elements built and saved again per document.
/// </summary>
internal static class StylesPart
{
    // A private-use character: valid XML, never escaped by the writer, and never in a style sheet of ours.
    private const string Marker = "\uE000";

    private static readonly Lazy<ImmutableArray<string>> Pieces = new(Split);

    /// <summary>The style sheet's UTF-8 XML for <paramref name="language"/> (already cleaned for XML).</summary>
    public static byte[] Xml(string language) => Encoding.UTF8.GetBytes(string.Join(XmlEscaping.Attribute(language), Pieces.Value));

    private static ImmutableArray<string> Split()
    {
        using var xml = PartXml.Of(StylesPartBuilder.Build(Marker));
        var pieces = Encoding.UTF8.GetString(xml.Written().Span).Split(Marker);
        // w:val, w:eastAsia and w:bidi of w:lang: if that ever changes, fail here rather than write a wrong language.
        if (pieces.Length != 4) throw new InvalidOperationException($"Expected the language 3 times in the style sheet, found it {pieces.Length - 1} times.");
        return [.. pieces];
    }
}
