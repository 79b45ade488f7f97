using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf.Fonts;
using DocFlow.Templates.Pdf.Layout;
using DocFlow.Templates.Pdf.Output;
using SkiaSharp;

namespace DocFlow.Templates.Pdf;

/// <summary>
/// Document model → A4 PDF with embedded, subset fonts, running header/footer and "page N of M".
/// Lays the whole document out first (so the page count is known), then draws page by page into content streams of
/// our own (<see cref="Output"/>); Skia loads the fonts, reports their vertical metrics and finds fallbacks. One instance caches its fonts and
/// measured words; it is not thread-safe, use one per thread.
/// </summary>
public sealed class PdfDocumentWriter : IDisposable
{
    private const string Producer = "DocFlow PDF writer";
    // A BCP 47 tag's letters, digits and hyphens; anything else is not a language and is left out of the catalog.
    private static readonly System.Text.RegularExpressions.Regex LanguageTag = new("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");

    private readonly FontSet _fonts = new();
    private readonly DocumentTheme _theme = DocumentTheme.Default;
    private readonly PageGeometry _page = PageGeometry.A4;

    public byte[] Write(DocumentModel document)
    {
        var elements = new ElementBuilder(_fonts, _theme, _page).Build(document.Blocks);
        var pages = new Paginator(_page.TextHeight).Paginate(elements);
        var decorator = new PageDecorator(_fonts, _theme, _page, document.Info);
        var file = new PdfFile();
        var (catalog, pageTree, info, resources) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());
        var fonts = new DocumentFonts();
        var context = new DrawContext(fonts);
        var pageIds = new List<int>(pages.Count);
        var operators = new PdfBuffer(16 * 1024);
        for (var i = 0; i < pages.Count; i++)
        {
            context.Page = new PageContent(_page.Height, operators.Clear());
            decorator.DrawHeader(context);
            DrawBody(context, pages[i]);
            decorator.DrawFooter(context, i + 1, pages.Count);
            pageIds.Add(WritePage(file, context.Page, pageTree, resources));
        }
        WriteResources(file, resources, fonts);
        WritePageTree(file, pageTree, pageIds);
        WriteCatalog(file, catalog, pageTree, document.Info);
        WriteInfo(file, info, document.Info);
        return file.Finish(catalog, info);
    }

    public void Dispose() => _fonts.Dispose();

    private void DrawBody(DrawContext context, IReadOnlyList<PlacedElement> placed)
    {
        // Clipping is a last resort for a block taller than a page: nothing may ever print outside the text area.
        context.BeginClip(new SKRect(0, _page.TextTop - 1, _page.Width, _page.TextBottom + 1));
        foreach (var item in placed) item.Element.Draw(context, _page.TextLeft, _page.TextTop + item.Y);
        context.EndClip();
    }

    private int WritePage(PdfFile file, PageContent content, int pageTree, int resources)
    {
        var (page, contents) = (file.Reserve(), file.Reserve());
        file.Stream(contents, content.Finish());
        file.Begin(page).Ascii("<</Type/Page/Parent ").Integer(pageTree).Ascii(" 0 R/MediaBox[0 0 ").Number(_page.Width).Byte((byte)' ')
            .Number(_page.Height).Ascii("]/Resources ").Integer(resources).Ascii(" 0 R/Contents ").Integer(contents).Ascii(" 0 R>>");
        file.End();
        return page;
    }

    /// <summary>One resource dictionary shared by every page: it names each font the document uses.</summary>
    private static void WriteResources(PdfFile file, int resources, DocumentFonts fonts)
    {
        var fontIds = fonts.All.Select(font => (font.ResourceName, Id: FontObjects.Write(file, font))).ToList();
        var output = file.Begin(resources).Ascii("<</Font<<");
        foreach (var (name, id) in fontIds) output.Ascii(name).Byte((byte)' ').Integer(id).Ascii(" 0 R");
        output.Ascii(">>>>");
        file.End();
    }

    private static void WritePageTree(PdfFile file, int pageTree, IReadOnlyList<int> pageIds)
    {
        var output = file.Begin(pageTree).Ascii("<</Type/Pages/Count ").Integer(pageIds.Count).Ascii("/Kids[");
        foreach (var id in pageIds) output.Integer(id).Ascii(" 0 R ");
        output.Ascii("]>>");
        file.End();
    }

    private static void WriteCatalog(PdfFile file, int catalog, int pageTree, DocumentInfo info)
    {
        // /Lang lets screen readers pick the voice; DisplayDocTitle shows the contract's title, not a file name.
        var output = file.Begin(catalog).Ascii("<</Type/Catalog/Pages ").Integer(pageTree).Ascii(" 0 R/ViewerPreferences<</DisplayDocTitle true>>");
        if (LanguageTag.IsMatch(info.Language)) output.Ascii("/Lang(").Ascii(info.Language).Ascii(")");
        output.Ascii(">>");
        file.End();
    }

    private static void WriteInfo(PdfFile file, int id, DocumentInfo info)
    {
        var output = file.Begin(id).Ascii("<<");
        foreach (var (key, value) in new[] { ("/Title", info.Title), ("/Author", info.Author), ("/Subject", info.Subject), ("/Creator", "DocFlow"), ("/Producer", Producer) })
            if (!string.IsNullOrEmpty(value)) PdfTextString.Write(output.Ascii(key), value);
        if (info.Created is { } created)
        {
            PdfTextString.WriteDate(output.Ascii("/CreationDate"), created);
            PdfTextString.WriteDate(output.Ascii("/ModDate"), created);
        }
        output.Ascii(">>");
        file.End();
    }
}
