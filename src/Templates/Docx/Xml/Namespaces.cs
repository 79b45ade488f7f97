namespace DocFlow.Templates.Docx.Xml;

/// <summary>The namespaces of the parts this writer writes itself, with the prefixes it writes them under.</summary>
internal static class Namespaces
{
    /// <summary>WordprocessingML, prefix w.</summary>
    public const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Relationship ids (r:id), prefix r.</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Starts a part's root element with the w prefix declared on it.</summary>
    public static WordXmlWriter StartWordRoot(this WordXmlWriter xml, string name) => xml.Start(name).Attribute("xmlns:w", Word);
}
