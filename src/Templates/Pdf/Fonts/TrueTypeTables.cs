using System.Buffers.Binary;
using System.Text;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>The table directory of a TrueType font file: where each table (head, glyf, name...) sits.</summary>
internal sealed class TrueTypeTables
{
    private const uint TrueTypeVersion = 0x00010000;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    private TrueTypeTables(Dictionary<string, (int, int)> tables) => _tables = tables;

    /// <summary>The directory of a plain glyf-outline TrueType font, or null for anything else (CFF, collections, damage).</summary>
    public static TrueTypeTables? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) != TrueTypeVersion) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (font.Length < 12 + 16 * count) return null;
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (ulong)length > (ulong)font.Length) return null;
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)offset, (int)length);
        }
        string[] required = ["glyf", "loca", "head", "hhea", "hmtx", "maxp"];
        return required.All(tables.ContainsKey) ? new TrueTypeTables(tables) : null;
    }

    public bool Has(string tag) => _tables.ContainsKey(tag);

    /// <summary>The table's bytes; empty when the font has no such table.</summary>
    public ReadOnlySpan<byte> Get(ReadOnlySpan<byte> font, string tag) =>
        _tables.TryGetValue(tag, out var table) ? font.Slice(table.Offset, table.Length) : [];

    /// <inheritdoc cref="Get(ReadOnlySpan{byte}, string)"/>
    public ReadOnlyMemory<byte> Get(ReadOnlyMemory<byte> font, string tag) =>
        _tables.TryGetValue(tag, out var table) ? font.Slice(table.Offset, table.Length) : ReadOnlyMemory<byte>.Empty;
}
