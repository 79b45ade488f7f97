using DocFlow.Templates.Docx.Blocks;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Runs;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Docx.Zip;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Docx;

/// <summary>Document model → valid Open XML WordprocessingML with real styles, clause numbering, header and footer fields.</summary>
/// <remarks>
/// The parts are built with the Open XML SDK's typed elements and saved by it, but the package is zipped here
/// (<see cref="RawZip"/>) rather than through the SDK's System.IO.Packaging, whose part and URI bookkeeping cost more
/// than writing the document's own XML. What every document shares (styles but for their language, settings, font
/// table, the faces, the package's own XML) is serialised and compressed once per process (<see cref="ConstantParts"/>,
/// <see cref="StylesPart"/>).
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
        var context = new DocxRenderContext();
        var body = new BodyBuilder(context).Build(document.Blocks);
        body.Append(SectionBuilder.Build(DocxPart.Header.RelationshipId, DocxPart.Footer.RelationshipId));
        var language = Language(document.Info.Language);
        RawZipEntry[] entries =
        [
            .. ConstantParts.For(EmbedFonts),
            PartEntries.PerDocument(DocxPart.CoreProperties.Name, PackageXml.CoreProperties(document.Info, language)),
            PartEntries.PerDocument(DocxPart.Document.Name, new Document(body)),
            PartEntries.PerDocument(DocxPart.Styles.Name, StylesPart.Xml(language)),
            // After the body: ordered lists register their numbering instances while it is built.
            PartEntries.PerDocument(DocxPart.Numbering.Name, context.Numbering.Build()),
            PartEntries.PerDocument(DocxPart.Header.Name, HeaderFooterBuilder.Header(document.Info)),
            PartEntries.PerDocument(DocxPart.Footer.Name, HeaderFooterBuilder.Footer(document.Info)),
        ];
        return RawZip.Write(entries);
    }

    private static string Language(string language) =>
        string.IsNullOrWhiteSpace(language) ? "en-GB" : XmlText.Clean(language.Trim());
}
