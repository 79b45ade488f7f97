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
