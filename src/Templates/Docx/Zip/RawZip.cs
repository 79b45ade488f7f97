using System.Buffers.Binary;
using System.Text;

namespace DocFlow.Templates.Docx.Zip;

/// <summary>
/// Reads the entries of a small ZIP archive as stored and writes entries back as an archive, byte for byte, with no
/// compression in between. Enough for the archives .NET's ZipArchive writes for a DOCX (no ZIP64, no encryption,
/// no spanning); anything else is refused rather than misread.
/// </summary>
internal static class RawZip
{
    private const uint LocalHeaderSignature = 0x04034B50;
    private const uint CentralHeaderSignature = 0x02014B50;
    private const uint EndSignature = 0x06054B50;
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndSize = 22;
    private const ushort DataDescriptorFlag = 0x0008;
    private const ushort Utf8NamesFlag = 0x0800;

    public static IReadOnlyList<RawZipEntry> Read(ReadOnlyMemory<byte> archive)
    {
        var span = archive.Span;
        var end = FindEnd(span);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(end + 10)..]);
        var position = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(end + 16)..]);
        var entries = new List<RawZipEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var header = span[position..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeaderSignature) throw Unsupported("a central directory record is not where the end record says");
            entries.Add(Entry(archive, header));
            position += CentralHeaderSize + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                        + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }
        return entries;
    }

    public static byte[] Write(IReadOnlyList<RawZipEntry> entries)
    {
        var names = entries.Select(e => Encoding.UTF8.GetBytes(e.Name)).ToArray();
        var localSize = entries.Select((e, i) => LocalHeaderSize + names[i].Length + e.Data.Length).Sum();
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

    private static RawZipEntry Entry(ReadOnlyMemory<byte> archive, ReadOnlySpan<byte> header)
    {
        var compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        var uncompressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
        var localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
        if (compressedSize == uint.MaxValue || uncompressedSize == uint.MaxValue || localOffset == uint.MaxValue) throw Unsupported("it uses ZIP64");
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if ((flags & 0x0001) != 0) throw Unsupported("an entry is encrypted");
        var nameBytes = header.Slice(CentralHeaderSize, BinaryPrimitives.ReadUInt16LittleEndian(header[28..]));
        var name = (flags & Utf8NamesFlag) != 0 ? Encoding.UTF8.GetString(nameBytes) : Encoding.Latin1.GetString(nameBytes);
        var local = archive.Span[(int)localOffset..];
        if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeaderSignature) throw Unsupported("a local header is not where the central directory says");
        // The local header's sizes may be zero (written before the data); the central directory's are the truth.
        var dataStart = (int)localOffset + LocalHeaderSize + BinaryPrimitives.ReadUInt16LittleEndian(local[26..])
                        + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
        return new RawZipEntry(name,
            BinaryPrimitives.ReadUInt16LittleEndian(header[4..]), BinaryPrimitives.ReadUInt16LittleEndian(header[6..]),
            (ushort)(flags & ~DataDescriptorFlag), BinaryPrimitives.ReadUInt16LittleEndian(header[10..]),
            BinaryPrimitives.ReadUInt16LittleEndian(header[12..]), BinaryPrimitives.ReadUInt16LittleEndian(header[14..]),
            BinaryPrimitives.ReadUInt32LittleEndian(header[16..]), uncompressedSize,
            BinaryPrimitives.ReadUInt32LittleEndian(header[38..]), archive.Slice(dataStart, (int)compressedSize));
    }

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

    private static int FindEnd(ReadOnlySpan<byte> archive)
    {
        // The end record is the last thing in the file, followed only by a comment of at most 64 KB.
        for (var i = archive.Length - EndSize; i >= Math.Max(0, archive.Length - EndSize - ushort.MaxValue); i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(archive[i..]) == EndSignature) return i;
        throw Unsupported("it has no end of central directory record");
    }

    private static NotSupportedException Unsupported(string why) => new($"Cannot copy this ZIP archive's entries: {why}.");
}
