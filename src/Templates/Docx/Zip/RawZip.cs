using System.Buffers.Binary;
using System.Text;

namespace DocFlow.Templates.Docx.Zip;

/// <summary>
/// Writes entries, already compressed, as a ZIP archive byte for byte: local headers and data, then the central
/// directory. Enough for a DOCX (no ZIP64, no encryption, no spanning, ASCII names).
/// </summary>
internal static class RawZip
{
    private const uint LocalHeaderSignature = 0x04034B50;
    private const uint CentralHeaderSignature = 0x02014B50;
    private const uint EndSignature = 0x06054B50;
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndSize = 22;

    public static byte[] Write(IReadOnlyList<RawZipEntry> entries)
    {
        var names = entries.Select(e => Encoding.UTF8.GetBytes(e.Name)).ToArray();
        var localSize = LocalSize(entries);
        var centralSize = names.Sum(n => CentralHeaderSize + n.Length);
        var archive = new byte[localSize + centralSize + EndSize];
        var offsets = new int[entries.Count];
        var position = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = position;
            position = WriteLocal(archive, position, entries[i], names[i]);
        }
        for (var i = 0; i < entries.Count; i++) position = WriteCentral(archive, position, entries[i], names[i], offsets[i]);
        WriteEnd(archive.AsSpan(position), entries.Count, centralSize, localSize);
        return archive;
    }

    /// <summary>The bytes the entries' local headers and data take: where the central directory starts.</summary>
    public static int LocalSize(IReadOnlyList<RawZipEntry> entries) =>
        entries.Sum(e => LocalHeaderSize + Encoding.UTF8.GetByteCount(e.Name) + e.Data.Length);

    private static int WriteLocal(byte[] archive, int position, RawZipEntry entry, byte[] name)
    {
        var header = archive.AsSpan(position);
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], entry.VersionNeeded);
        WriteCommon(header[6..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        name.CopyTo(header[LocalHeaderSize..]);
        entry.Data.Span.CopyTo(header[(LocalHeaderSize + name.Length)..]);
        return position + LocalHeaderSize + name.Length + entry.Data.Length;
    }

    private static int WriteCentral(byte[] archive, int position, RawZipEntry entry, byte[] name, int localOffset)
    {
        var header = archive.AsSpan(position);
        BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], entry.VersionMadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], entry.VersionNeeded);
        WriteCommon(header[8..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
        header[30..42].Clear(); // extra and comment lengths, disk number, internal attributes
        BinaryPrimitives.WriteUInt32LittleEndian(header[38..], entry.ExternalAttributes);
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)localOffset);
        name.CopyTo(header[CentralHeaderSize..]);
        return position + CentralHeaderSize + name.Length;
    }

    /// <summary>Flags, method, time, date, CRC and both sizes: the same 20 bytes in both kinds of header.</summary>
    private static void WriteCommon(Span<byte> at, RawZipEntry entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, entry.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], entry.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], entry.Date);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], entry.UncompressedSize);
    }

    private static void WriteEnd(Span<byte> end, int count, int centralSize, int centralOffset)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        end[4..8].Clear(); // this disk, the disk where the central directory starts
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)centralSize);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)centralOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
    }
}
