using System.Text;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// A growing byte array with the few ways PDF syntax is written: ASCII tokens, numbers, hex. Content streams and the
/// file itself are built in one each, so a document is copied out once, at the end.
/// </summary>
internal sealed class PdfBuffer
{
    private const int Decimals = 1000;
    private byte[] _bytes;

    public PdfBuffer(int capacity = 4096) => _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public PdfBuffer Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Syntax and names we write ourselves: ASCII only, never user text (that goes through <see cref="PdfTextString"/>).</summary>
    public PdfBuffer Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        Length += text.Length;
        return this;
    }

    public PdfBuffer Integer(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        var negative = value < 0;
        var magnitude = negative ? (ulong)-value : (ulong)value;
        var at = digits.Length;
        do
        {
            digits[--at] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        } while (magnitude > 0);
        if (negative) Byte((byte)'-');
        return Bytes(digits[at..]);
    }

    /// <summary>
    /// A real with at most three decimals and no trailing zeros ("12.5", "-0.25", "3"): a thousandth of a point is
    /// far below what any device shows, and fixed rounding keeps the output the same on every machine.
    /// </summary>
    public PdfBuffer Number(double value)
    {
        var scaled = (long)Math.Round(value * Decimals, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }
        Integer(scaled / Decimals);
        var fraction = (int)(scaled % Decimals);
        if (fraction == 0) return this;
        Byte((byte)'.');
        for (var unit = Decimals / 10; fraction > 0; unit /= 10)
        {
            Byte((byte)('0' + fraction / unit));
            fraction %= unit;
        }
        return this;
    }

    /// <summary>A 16-bit value as four hex digits: how Identity-H text strings name glyphs.</summary>
    public PdfBuffer Hex16(int value)
    {
        var span = Reserve(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit(value >> 8);
        span[2] = HexDigit(value >> 4);
        span[3] = HexDigit(value);
        Length += 4;
        return this;
    }

    public PdfBuffer HexBytes(ReadOnlySpan<byte> bytes)
    {
        var span = Reserve(2 * bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            span[2 * i] = HexDigit(bytes[i] >> 4);
            span[2 * i + 1] = HexDigit(bytes[i]);
        }
        Length += 2 * bytes.Length;
        return this;
    }

    /// <summary>Empties the buffer and keeps its capacity.</summary>
    public PdfBuffer Clear()
    {
        Length = 0;
        return this;
    }

    public byte[] ToArray() => Written.ToArray();

    public override string ToString() => Encoding.Latin1.GetString(Written);

    private static byte HexDigit(int nibble) => (byte)"0123456789ABCDEF"[nibble & 0xF];

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        return _bytes.AsSpan(Length, count);
    }
}
