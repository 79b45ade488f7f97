using DocFlow.Templates.Docx.Blocks;
using DocFlow.Templates.Docx.Numbering;
using DocFlow.Templates.Docx.Package;
using DocFlow.Templates.Docx.Styles;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocFlow.Templates.Docx.Runs;

namespace DocFlow.Templates.Docx;

/// <summary>Document model → valid Open XML WordprocessingML with real styles, clause numbering, header and footer fields.</summary>
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
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids: the same model gives the same XML, which keeps diffs and caches meaningful.
            var context = new DocxRenderContext();
            var main = package.AddMainDocumentPart();
            var body = new BodyBuilder(context).Build(document.Blocks);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesPartBuilder.Build(Language(document.Info.Language));
            // After the body: ordered lists register their numbering instances while it is built.
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsBuilder.Build(EmbedFonts);
            // Empty font parts: CompressedFontParts puts the faces in, already compressed, once the package is closed.
            FontTableBuilder.Build(main.AddNewPart<FontTablePart>(FontTableBuilder.PartId), EmbedFonts, placeholders: true);
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = HeaderFooterBuilder.Header(document.Info);
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = HeaderFooterBuilder.Footer(document.Info);

            body.Append(SectionBuilder.Build(main.GetIdOfPart(header), main.GetIdOfPart(footer)));
            main.Document = new Document(body);
            SetCoreProperties(package, document.Info);
        }
        return EmbedFonts ? CompressedFontParts.Fill(stream) : stream.ToArray();
    }

    private static void SetCoreProperties(WordprocessingDocument package, DocumentInfo info)
    {
        var properties = package.PackageProperties;
        properties.Title = XmlText.Clean(info.Title);
        properties.Subject = XmlText.Clean(info.Subject);
        properties.Creator = XmlText.Clean(info.Author);
        properties.Language = Language(info.Language);
    }

    private static string Language(string language) =>
        string.IsNullOrWhiteSpace(language) ? "en-GB" : XmlText.Clean(language.Trim());
}
