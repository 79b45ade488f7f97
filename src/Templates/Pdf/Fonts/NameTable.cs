using System.Buffers.Binary;

namespace DocFlow.Templates.Pdf.Fonts;

/// <summary>
/// Cuts a font's name table down to the records a PDF font needs: copyright, family, subfamily, unique id, full name,
/// version and PostScript name (name ids 0-6, what HarfBuzz's and fontTools' subsetters keep by default, and so what
/// Skia's own subsetter would embed). PT Serif's license and description texts are 11 of its 12 KB, and were embedded
/// and deflated again with each of a PDF's three fonts.
/// </summary>
internal static class NameTable
{
    private const int HeaderSize = 6;
    private const int RecordSize = 12;
    private const ushort LastKeptNameId = 6;
    private const ushort PostScriptNameId = 6;

    /// <summary>The trimmed table, or the table as it is when it is not a plain format-0 table.</summary>
    public static byte[] Essential(byte[] name)
    {
        if (name.Length < HeaderSize || BinaryPrimitives.ReadUInt16BigEndian(name) != 0) return name;
        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        if (HeaderSize + count * RecordSize > name.Length || storage > name.Length) return name;
        var kept = Enumerable.Range(0, count).Select(i => name.AsSpan(HeaderSize + i * RecordSize, RecordSize).ToArray())
            .Where(record => BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(6)) <= LastKeptNameId)
            .Where(record => storage + BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(10)) + BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(8)) <= name.Length)
            .ToList();
        return Write(name, storage, kept);
    }

    /// <summary>
    /// The PostScript name (name id 6) as PDF names want it: printable ASCII without delimiters. Null when the table
    /// has none.
    /// </summary>
    public static string? PostScriptName(ReadOnlySpan<byte> name)
    {
        if (name.Length < HeaderSize) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count && HeaderSize + (i + 1) * RecordSize <= name.Length; i++)
        {
            var record = name.Slice(HeaderSize + i * RecordSize, RecordSize);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != PostScriptNameId) continue;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var from = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (from + length > name.Length) continue;
            var bytes = name.Slice(from, length);
            // Windows and Unicode records are UTF-16BE; Macintosh records are single-byte Roman.
            var text = platform is 0 or 3 ? System.Text.Encoding.BigEndianUnicode.GetString(bytes) : System.Text.Encoding.Latin1.GetString(bytes);
            var clean = new string(text.Where(c => c is > ' ' and < '\x7F' && !"()<>[]{}/%#".Contains(c)).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private static byte[] Write(byte[] name, int storage, List<byte[]> records)
    {
        var newStorage = HeaderSize + records.Count * RecordSize;
        var strings = records.Sum(r => BinaryPrimitives.ReadUInt16BigEndian(r.AsSpan(8)));
        var result = new byte[newStorage + strings];
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(2), (ushort)records.Count);
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(4), (ushort)newStorage);
        var offset = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var length = BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(8));
            var from = storage + BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(10));
            name.AsSpan(from, length).CopyTo(result.AsSpan(newStorage + offset));
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(10), (ushort)offset);
            record.CopyTo(result.AsSpan(HeaderSize + i * RecordSize));
            offset += length;
        }
        return result;
    }
}
