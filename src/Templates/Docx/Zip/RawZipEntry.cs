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
    ReadOnlyMemory<byte> Data);
