using System.Security.Cryptography;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// The file around the objects: header, numbered objects in any order, the classic cross-reference table and the
/// trailer. Object numbers are reserved before they are written, so a page can name a font that is written last.
/// </summary>
internal sealed class PdfFile
{
    private const int IdLength = 16;
    // "%PDF-1.4", then a comment of bytes over 127 that tells transfer tools the file is not text (ISO 32000-1, 7.5.2).
    private static ReadOnlySpan<byte> Header => [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A];

    private readonly PdfBuffer _output = new(64 * 1024);
    private readonly List<int> _offsets = [0];
    // Every stream is deflated into this one scratch stream and copied out, so a file allocates for its largest
    // stream once instead of a growing buffer and a copy per stream.
    private readonly MemoryStream _deflated = new();

    public PdfFile() => _output.Bytes(Header);

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="id"/> and returns the buffer its value is written to; close with <see cref="End"/>.</summary>
    public PdfBuffer Begin(int id)
    {
        if (_offsets[id] >= 0) throw new InvalidOperationException($"Object {id} is written twice.");
        _offsets[id] = _output.Length;
        return _output.Integer(id).Ascii(" 0 obj\n");
    }

    public void End() => _output.Ascii("\nendobj\n");

    /// <summary>A Flate-compressed stream object; <paramref name="entries"/> are extra dictionary entries, written as given.</summary>
    public void Stream(int id, ReadOnlySpan<byte> data, string entries = "")
    {
        var compressed = PdfDeflate.Compress(data, _deflated);
        Begin(id).Ascii("<</Filter/FlateDecode/Length ").Integer(compressed.Length).Ascii(entries).Ascii(">>\nstream\n")
            .Bytes(compressed).Ascii("\nendstream");
        End();
    }

    public byte[] Finish(int catalog, int info)
    {
        var missing = _offsets.FindIndex(1, offset => offset < 0);
        if (missing > 0) throw new InvalidOperationException($"Object {missing} was reserved but never written.");
        // The file identifier is a digest of the body: the same document gives the same bytes, and another document
        // another identifier.
        Span<byte> id = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_output.Written, id);
        var xref = _output.Length;
        _output.Ascii("xref\n0 ").Integer(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        foreach (var offset in _offsets.Skip(1)) _output.Ascii(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        _output.Ascii("trailer\n<</Size ").Integer(_offsets.Count).Ascii("/Root ").Integer(catalog).Ascii(" 0 R/Info ").Integer(info)
            .Ascii(" 0 R/ID[<").HexBytes(id[..IdLength]).Ascii("><").HexBytes(id[..IdLength]).Ascii(">]>>\nstartxref\n")
            .Integer(xref).Ascii("\n%%EOF\n");
        return _output.ToArray();
    }
}
