using System.Globalization;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>The fonts one document draws with, in the order first used (which fixes their resource names).</summary>
internal sealed class DocumentFonts
{
    private readonly Dictionary<SKTypeface, DocumentFont> _fonts = new();
    private readonly List<DocumentFont> _inOrder = [];

    public IReadOnlyList<DocumentFont> All => _inOrder;

    public DocumentFont For(SKTypeface typeface)
    {
        if (_fonts.TryGetValue(typeface, out var font)) return font;
        font = new DocumentFont(typeface, "/F" + (_inOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
        _fonts[typeface] = font;
        _inOrder.Add(font);
        return font;
    }
}
