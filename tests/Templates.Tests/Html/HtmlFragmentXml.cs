using System.Xml.Linq;

namespace DocFlow.Templates.Tests.Html;

/// <summary>Parses a fragment as XML, so an unclosed or misnested tag fails the test that reads it.</summary>
internal static class HtmlFragmentXml
{
    public static XElement Parse(string fragment) => XElement.Parse(fragment, LoadOptions.PreserveWhitespace);

    public static IEnumerable<XElement> All(this XElement root, string name) =>
        root.DescendantsAndSelf().Where(e => e.Name.LocalName == name);
}
