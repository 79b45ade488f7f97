namespace DocFlow.Templates.Docx.Zip;

/// <summary>
/// One entry of a ZIP archive as stored: its central-directory fields and its still-compressed bytes, so it can be
/// copied into another archive without inflating or deflating it again.
/// </summary>
internal sealed record RawZipEntry(
    string Name,
    ushort VersionMadeBy,
    ushort VersionNeeded,
    ushort Flags,
    ushort Method,
    ushort Time,
    ushort Date,
    uint Crc32,
    uint UncompressedSize,
    uint ExternalAttributes,
    ReadOnlyMemory<byte> Data)
{
    private const ushort Version20 = 20; // ZIP 2.0: deflate; made by MS-DOS (host 0), so no Unix mode bits are implied
    private const ushort DeflateMethod = 8;
    // 1980-01-01 00:00, the earliest DOS date: entries carry no clock time, so the same content gives the same bytes.
    private const ushort FixedDate = (1 << 5) | 1;

    /// <summary>An entry of deflated <paramref name="data"/> (method 8) whose content has this CRC-32 and length.</summary>
    public static RawZipEntry Deflated(string name, uint crc32, uint uncompressedSize, ReadOnlyMemory<byte> data) =>
        new(name, Version20, Version20, Flags: 0, DeflateMethod, Time: 0, FixedDate, crc32, uncompressedSize, ExternalAttributes: 0, data);
}
