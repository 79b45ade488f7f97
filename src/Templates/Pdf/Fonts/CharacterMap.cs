using System.Buffers.Binary;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// A font's Unicode cmap: code point → glyph id, read once from the font file into arrays. Layout looks up every
/// character of every word; doing it here instead of through Skia keeps the lookups out of native code, where under
/// parallel requests they queued on the typeface's shared lock. Immutable once built, safe to share between threads.
/// </summary>
internal sealed class CharacterMap
{
    private const int BmpSize = 0x10000;
    private readonly ushort[] _bmp;
    private readonly IReadOnlyDictionary<int, ushort> _supplementary;

    private CharacterMap(ushort[] bmp, IReadOnlyDictionary<int, ushort> supplementary) => (_bmp, _supplementary) = (bmp, supplementary);

    /// <summary>The glyph for a code point; 0 (.notdef) when the font has none.</summary>
    public ushort Glyph(int codePoint) =>
        codePoint < BmpSize ? _bmp[codePoint] : _supplementary.TryGetValue(codePoint, out var glyph) ? glyph : (ushort)0;

    /// <summary>Reads the best Unicode subtable: format 12 (all planes) when there is one, else format 4 (BMP).</summary>
    public static CharacterMap Read(ReadOnlySpan<byte> cmap)
    {
        var bmp = new ushort[BmpSize];
        var supplementary = new Dictionary<int, ushort>();
        if (cmap.Length < 4) return new CharacterMap(bmp, supplementary);
        var (format4, format12) = FindSubtables(cmap);
        if (format12 >= 0) ReadFormat12(cmap[format12..], bmp, supplementary);
        else if (format4 >= 0) ReadFormat4(cmap[format4..], bmp);
        return new CharacterMap(bmp, supplementary);
    }

    private static (int Format4, int Format12) FindSubtables(ReadOnlySpan<byte> cmap)
    {
        var (format4, format12) = (-1, -1);
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count && 4 + 8 * (i + 1) <= cmap.Length; i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var (platform, encoding) = (BinaryPrimitives.ReadUInt16BigEndian(record), BinaryPrimitives.ReadUInt16BigEndian(record[2..]));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            // Unicode platform (0), or Windows (3) with Unicode BMP (1) or full repertoire (10).
            if (!(platform == 0 || platform == 3 && encoding is 1 or 10) || offset + 2 > cmap.Length) continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 4 && format4 < 0) format4 = offset;
            if (format == 12 && format12 < 0) format12 = offset;
        }
        return (format4, format12);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, ushort[] bmp)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * s)..]);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                ushort glyph;
                if (rangeOffset == 0) glyph = (ushort)(c + delta);
                else
                {
                    // The offset is counted from the idRangeOffset entry itself (the format's well-known trick).
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    if (at + 2 > table.Length) break;
                    var raw = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    glyph = raw == 0 ? (ushort)0 : (ushort)(raw + delta);
                }
                bmp[c] = glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups && 16 + 12 * (g + 1) <= table.Length; g++)
        {
            var group = table.Slice(16 + 12 * g, 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c < BmpSize) bmp[c] = (ushort)glyph;
                else supplementary[c] = (ushort)glyph;
            }
        }
    }
}
