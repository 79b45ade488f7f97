using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf.Fonts;
using DocFlow.Templates.Pdf.Layout;
using SkiaSharp;

namespace DocFlow.Templates.Pdf;

/// <summary>
/// Document model → A4 PDF with embedded, subset fonts, running header/footer and "page N of M".
/// Lays the whole document out first (so the page count is known), then draws page by page with Skia's PDF backend.
/// One instance caches its fonts and measured words; it is not thread-safe, use one per thread.
/// </summary>
public sealed class PdfDocumentWriter : IDisposable
{
    private readonly FontSet _fonts = new();
    private readonly DocumentTheme _theme = DocumentTheme.Default;
    private readonly PageGeometry _page = PageGeometry.A4;

    public byte[] Write(DocumentModel document)
    {
        var elements = new ElementBuilder(_fonts, _theme, _page).Build(document.Blocks);
        var pages = new Paginator(_page.TextHeight).Paginate(elements);
        var decorator = new PageDecorator(_fonts, _theme, _page, document.Info);
        var usage = new GlyphUsage();
        using (var collecting = DrawContext.Collecting(usage))
            DrawPages(collecting, decorator, pages, canvasForPage: null);
        using var subsets = new FontSubsets(usage, _fonts.Data);
        // A native stream: Skia writes without calling back into managed code, and the file is copied out once, into
        // the array that also carries the /Lang update (no growing MemoryStream, no ToArray).
        using var output = new SKDynamicMemoryWStream();
        using (var pdf = SKDocument.CreatePdf(output, Metadata(document.Info)))
        {
            using var drawing = DrawContext.Drawing(subsets);
            DrawPages(drawing, decorator, pages, () => pdf.BeginPage(_page.Width, _page.Height), pdf.EndPage);
            pdf.Close();
        }
        using var bytes = output.DetachAsData();
        return PdfCatalogLanguage.Add(bytes.AsSpan(), document.Info.Language);
    }

    public void Dispose() => _fonts.Dispose();

    /// <summary>Draws every page: once without a canvas to learn the glyphs used, then for real.</summary>
    private void DrawPages(DrawContext context, PageDecorator decorator, IReadOnlyList<IReadOnlyList<PlacedElement>> pages, Func<SKCanvas>? canvasForPage, Action? endPage = null)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            context.Canvas = canvasForPage?.Invoke();
            decorator.DrawHeader(context);
            DrawBody(context, pages[i]);
            decorator.DrawFooter(context, i + 1, pages.Count);
            endPage?.Invoke();
        }
    }

    private void DrawBody(DrawContext context, IReadOnlyList<PlacedElement> placed)
    {
        // Clipping is a last resort for a block taller than a page: nothing may ever print outside the text area.
        context.Canvas?.Save();
        context.Canvas?.ClipRect(new SKRect(0, _page.TextTop - 1, _page.Width, _page.TextBottom + 1));
        foreach (var item in placed) item.Element.Draw(context, _page.TextLeft, _page.TextTop + item.Y);
        context.Canvas?.Restore();
    }

    private static SKDocumentPdfMetadata Metadata(DocumentInfo info)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Author = info.Author;
        metadata.Subject = info.Subject;
        metadata.Creator = "DocFlow";
        metadata.Producer = "DocFlow PDF writer (SkiaSharp)";
        // SkiaSharp's metadata has no document language (/Lang): PdfCatalogLanguage adds it after Skia is done.
        if (info.Created is { } created) metadata.Creation = metadata.Modified = created.UtcDateTime;
        return metadata;
    }
}
