using System.Collections.Immutable;

namespace DocFlow.Templates.Docx.Package;

/// <summary>
/// A part of the DOCX package: where it sits in the archive, its content type, and the relationship (fixed id) by which
/// its source finds it, so the same model gives the same bytes.
/// </summary>
internal sealed record DocxPart(string Name, string ContentType, string RelationshipType, string RelationshipId)
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public static readonly DocxPart CoreProperties = new("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "rIdCoreProperties");
    public static readonly DocxPart Document = new("word/document.xml", Word + "document.main+xml", Office + "officeDocument", "rIdDocument");
    public static readonly DocxPart Styles = new("word/styles.xml", Word + "styles+xml", Office + "styles", "rIdStyles");
    public static readonly DocxPart Numbering = new("word/numbering.xml", Word + "numbering+xml", Office + "numbering", "rIdNumbering");
    public static readonly DocxPart Settings = new("word/settings.xml", Word + "settings+xml", Office + "settings", "rIdSettings");
    public static readonly DocxPart FontTable = new("word/fontTable.xml", Word + "fontTable+xml", Office + "fontTable", "rIdFontTable");
    public static readonly DocxPart Header = new("word/header1.xml", Word + "header+xml", Office + "header", "rIdHeader");
    public static readonly DocxPart Footer = new("word/footer1.xml", Word + "footer+xml", Office + "footer", "rIdFooter");

    /// <summary>Everything the main document relates to, in the order the relationships are listed.</summary>
    public static readonly ImmutableArray<DocxPart> OfDocument = [Styles, Numbering, Settings, FontTable, Header, Footer];

    public const string ContentTypesName = "[Content_Types].xml";
    public const string PackageRelationshipsName = "_rels/.rels";
    public const string FontContentType = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    public const string FontRelationshipType = Office + "font";

    /// <summary>An embedded face: obfuscated TrueType, related from the font table.</summary>
    public static DocxPart Font(FontFace face) =>
        new($"word/fonts/font{(int)face + 1}.odttf", FontContentType, FontRelationshipType, "rIdFont" + face);

    /// <summary>The relationships part of a part ("word/document.xml" → "word/_rels/document.xml.rels").</summary>
    public static string RelationshipsOf(string partName)
    {
        var slash = partName.LastIndexOf('/') + 1;
        return partName[..slash] + "_rels/" + partName[slash..] + ".rels";
    }
}
