using DocFlow.Templates.Docx.Blocks;
using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Zip;
using DocFlow.Templates.Model;

namespace DocFlow.Templates.Docx;

/// <summary>Document model → valid Open XML WordprocessingML with real styles, clause numbering, header and footer fields.</summary>
/// <remarks>
/// What every document shares (styles but for their language, settings, font table, the faces, the package's own XML)
/// is built with the Open XML SDK's typed elements once per process (<see cref="ConstantParts"/>, <see cref="StylesPart"/>).
/// What each document says is written straight to XML as it is compressed (<see cref="Xml.WordXmlWriter"/>), and the
/// package is zipped here (<see cref="RawZip"/>): building the SDK's element tree, saving it and System.IO.Packaging's
/// bookkeeping had been most of the writer's CPU.
/// </remarks>
public sealed class DocxDocumentWriter
{
    /// <summary>
    /// Embed PT Serif (about 0.4 MB compressed) so the document looks as designed where the font is not installed.
    /// Off gives a small file that declares the font and lets the reader substitute a serif face.
    /// </summary>
    public bool EmbedFonts { get; init; } = true;

    public byte[] Write(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbering = new NumberingPartBuilder();
        var language = Language(document.Info.Language);
        RawZipEntry[] entries =
        [
            .. ConstantParts.For(EmbedFonts),
            PartEntries.PerDocument(DocxPart.CoreProperties.Name, PackageXml.CoreProperties(document.Info, language)),
            PartEntries.PerDocument(DocxPart.Document.Name, xml => BodyBuilder.Write(xml, document.Blocks, numbering)),
            PartEntries.PerDocument(DocxPart.Styles.Name, StylesPart.Xml(language)),
            // After the body: ordered lists register their numbering instances while it is written.
            PartEntries.PerDocument(DocxPart.Numbering.Name, numbering.Write),
            PartEntries.PerDocument(DocxPart.Header.Name, xml => HeaderFooterBuilder.Header(xml, document.Info)),
            PartEntries.PerDocument(DocxPart.Footer.Name, xml => HeaderFooterBuilder.Footer(xml, document.Info)),
        ];
        return RawZip.Write(entries);
    }

    /// <summary>
    /// Lowercase hex SHA-256 of a DOCX. One this writer made with its fonts embedded starts with the same ~440 KB of
    /// constant parts as every other, and only what follows them is hashed; any other file is hashed whole.
    /// </summary>
    public static string Sha256(ReadOnlySpan<byte> docx) => ConstantParts.Digest.Sha256(docx);

    private static string Language(string language) =>
        string.IsNullOrWhiteSpace(language) ? "en-GB" : XmlText.Clean(language.Trim());
}
