using System.Buffers.Binary;
using SkiaSharp;

namespace DocFlow.Templates.Pdf.Layout;

/// <summary>
/// A typeface's glyph advances in font units as its hmtx table states them: what a PDF font's widths are made of,
/// and what Skia's PDF backend sums to place glyphs.
/// </summary>
internal sealed class HorizontalMetrics
{
    private const uint HheaTag = 0x68686561;
    private const uint HmtxTag = 0x686D7478;

    private readonly ushort[] _advances;

    private HorizontalMetrics(int unitsPerEm, ushort[] advances) => (UnitsPerEm, _advances) = (unitsPerEm, advances);

    public int UnitsPerEm { get; }

    /// <summary>The advance of a glyph; glyphs past the last long metric share its advance, as the format says.</summary>
    public float Advance(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>The typeface's metrics, or null when it has no usable hhea/hmtx tables.</summary>
    public static HorizontalMetrics? Read(SKTypeface typeface)
    {
        if (!typeface.TryGetTableData(HheaTag, out var hhea) || hhea.Length < 36) return null;
        if (!typeface.TryGetTableData(HmtxTag, out var hmtx)) return null;
        var count = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), hmtx.Length / 4);
        if (count == 0) return null;
        var advances = new ushort[count];
        for (var i = 0; i < count; i++) advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * i));
        // Skia's PDF backend uses 1024 when a font states no em size.
        return new HorizontalMetrics(typeface.UnitsPerEm > 0 ? typeface.UnitsPerEm : 1024, advances);
    }
}
