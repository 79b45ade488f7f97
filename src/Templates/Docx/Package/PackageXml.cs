using System.Xml;
using XmlText = DocFlow.Templates.Docx.Runs.XmlText;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// The OPC parts that hold the package together rather than the document: relationships, content types and the core
/// properties. Written directly: the package is zipped by this writer, not by System.IO.Packaging.
/// </summary>
internal static class PackageXml
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>A relationships part listing <paramref name="targets"/> by absolute part name.</summary>
    public static byte[] Relationships(IEnumerable<DocxPart> targets) => PartXml.Write(writer =>
    {
        writer.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var target in targets)
        {
            writer.WriteStartElement("Relationship", RelationshipsNamespace);
            writer.WriteAttributeString("Type", target.RelationshipType);
            writer.WriteAttributeString("Target", "/" + target.Name);
            writer.WriteAttributeString("Id", target.RelationshipId);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>
    /// [Content_Types].xml: .xml defaults to the main document and .odttf to an obfuscated font; every other XML part
    /// is named with its own type.
    /// </summary>
    public static byte[] ContentTypes(IEnumerable<DocxPart> overrides) => PartXml.Write(writer =>
    {
        writer.WriteStartElement("Types", ContentTypesNamespace);
        Default(writer, "xml", DocxPart.Document.ContentType);
        Default(writer, "odttf", DocxPart.FontContentType);
        Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        foreach (var part in overrides)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", "/" + part.Name);
            writer.WriteAttributeString("ContentType", part.ContentType);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>docProps/core.xml: title, subject, author and the document's language (already cleaned).</summary>
    public static byte[] CoreProperties(DocumentInfo info, string language) => PartXml.Write(writer =>
    {
        writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        writer.WriteElementString("dc", "title", DublinCore, XmlText.Clean(info.Title));
        writer.WriteElementString("dc", "subject", DublinCore, XmlText.Clean(info.Subject));
        writer.WriteElementString("dc", "creator", DublinCore, XmlText.Clean(info.Author));
        writer.WriteElementString("dc", "language", DublinCore, language);
        writer.WriteEndElement();
    });

    private static void Default(XmlWriter writer, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
