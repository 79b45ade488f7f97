using System.IO.Compression;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>FlateDecode for streams: zlib (RFC 1950), which is what PDF readers expect, not raw deflate.</summary>
internal static class PdfDeflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data, PdfCompression compression)
    {
        var level = compression == PdfCompression.Fast ? 1 : 6;
        using var compressed = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }
}
