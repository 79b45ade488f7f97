using System.Xml;
using System.Xml.Linq;

namespace DocFlow.Signing.Tests.Pages;

/// <summary>Reads a whole page as XML: an unclosed or misnested tag, or a stray '&amp;', fails the test that reads it.</summary>
internal static class PageXml
{
    public static XDocument Parse(string page)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(page), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static IEnumerable<XElement> All(this XDocument page, string name) =>
        page.Descendants().Where(e => e.Name.LocalName == name);

    public static string? Attr(this XElement element, string name) => (string?)element.Attribute(name);

    public static IEnumerable<string> Texts(this XDocument page) =>
        page.DescendantNodes().OfType<XText>().Select(t => t.Value);
}
