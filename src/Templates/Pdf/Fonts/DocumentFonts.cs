using System.Globalization;
using DocFlow.Templates.Pdf.Layout;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>The fonts one document draws with, in the order first used (which fixes their resource names).</summary>
internal sealed class DocumentFonts
{
    private readonly Dictionary<SKTypeface, DocumentFont> _fonts = new();
    private readonly List<DocumentFont> _inOrder = [];

    public IReadOnlyList<DocumentFont> All => _inOrder;

    /// <summary>The document's font for a layout font's typeface (every size of a typeface is one PDF font).</summary>
    public DocumentFont For(LayoutFont layoutFont)
    {
        if (_fonts.TryGetValue(layoutFont.Typeface, out var font)) return font;
        font = new DocumentFont(layoutFont.Typeface, layoutFont.Data, "/F" + (_inOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
        _fonts[layoutFont.Typeface] = font;
        _inOrder.Add(font);
        return font;
    }
}
