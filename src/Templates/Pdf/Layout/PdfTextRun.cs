using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A word as one Skia text run whose glyphs sit exactly where the PDF font's own advances put them. Skia's PDF
/// backend writes glyphs as one string while each position equals the running sum of the font's advances
/// (size × scaleX ÷ em size × advance, summed in float), and otherwise a "Td" move before every glyph. The positions
/// Skia computes for drawn text come from the 10.5 pt metrics and differ in the last bits, which made every glyph a
/// move: content streams about three times larger, and as much more deflate and number formatting. The glyphs move
/// by far less than a thousandth of a point; where each word starts stays the layout's.
/// </summary>
internal static class PdfTextRun
{
    /// <summary>The run for <paramref name="text"/>, or null when it has no glyphs.</summary>
    /// <param name="metrics">The font's advances; null (a font without hmtx) places glyphs as Skia would.</param>
    public static SKTextBlob? Create(SKFont font, HorizontalMetrics? metrics, string text)
    {
        if (metrics is null) return SKTextBlob.Create(text, font);
        var glyphs = font.GetGlyphs(text);
        if (glyphs.Length == 0) return null;
        // The same float arithmetic as SkPDFDevice::internalDrawGlyphRun and its GlyphPositioner.
        var scale = font.Size * font.ScaleX / metrics.UnitsPerEm;
        var positions = new SKPoint[glyphs.Length];
        var x = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            positions[i] = new SKPoint(x, 0);
            x += scale * metrics.Advance(glyphs[i]);
        }
        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(glyphs, font, positions);
        return builder.Build();
    }
}
