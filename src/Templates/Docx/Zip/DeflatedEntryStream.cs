using System.IO.Compression;
using System.IO.Hashing;

namespace DocFlow.Templates.Docx.Zip;

/// <summary>
/// A write-only stream that deflates what is written to it into a ZIP entry's data, counting its length and CRC-32 on
/// the way, so a part is compressed while it is written and its XML is never held whole.
/// </summary>
internal sealed class DeflatedEntryStream : Stream
{
    private readonly MemoryStream _compressed = new();
    private readonly DeflateStream _deflate;
    private readonly Crc32 _crc = new();
    private long _length;

    public DeflatedEntryStream(CompressionLevel level) => _deflate = new DeflateStream(_compressed, level, leaveOpen: true);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        _length += buffer.Length;
        _deflate.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Ends the compressed data and describes it as the entry <paramref name="name"/>; nothing can be written after.</summary>
    public RawZipEntry ToEntry(string name)
    {
        _deflate.Dispose();
        if (_length > uint.MaxValue) throw new NotSupportedException($"{name} is too large for an archive without ZIP64.");
        return RawZipEntry.Deflated(name, _crc.GetCurrentHashAsUInt32(), (uint)_length, _compressed.GetBuffer().AsMemory(0, (int)_compressed.Length));
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _deflate.Dispose();
        base.Dispose(disposing);
    }
}
