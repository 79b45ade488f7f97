using System.Text;

namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>Reads PDF objects from a byte buffer: enough syntax for xref sections, trailers and the dictionaries the
/// seal rewrites. Streams' data is located (never decoded here).</summary>
internal sealed class PdfParser(ReadOnlyMemory<byte> buffer, int position = 0)
{
    private readonly ReadOnlyMemory<byte> _buffer = buffer;
    private ReadOnlySpan<byte> Data => _buffer.Span;

    public int Position { get; set; } = position;

    public bool AtEnd
    {
        get { SkipWhitespace(); return Position >= Data.Length; }
    }

    public void SkipWhitespace()
    {
        var data = Data;
        while (Position < data.Length)
        {
            var b = data[Position];
            if (PdfBytes.IsWhitespace(b)) Position++;
            else if (b == '%') SkipComment(data);
            else break;
        }
    }

    private void SkipComment(ReadOnlySpan<byte> data)
    {
        while (Position < data.Length && data[Position] != '\n' && data[Position] != '\r') Position++;
    }

    public PdfValue ReadValue()
    {
        SkipWhitespace();
        if (Position >= Data.Length) throw new PdfSyntaxException("Unexpected end of data.");
        var start = Position;
        var b = Data[Position];
        PdfValue value = b switch
        {
            (byte)'/' => ReadName(),
            (byte)'(' => ReadLiteralString(),
            (byte)'[' => ReadArray(),
            (byte)'<' when Peek(1) == '<' => ReadDictionary(),
            (byte)'<' => ReadHexString(),
            _ when IsNumberStart(b) => ReadNumberOrReference(),
            _ => ReadKeywordValue(),
        };
        return value with { Start = start, End = Position };
    }

    /// <summary>Reads "N G obj", the value, and (for a stream) the position of its data.</summary>
    public IndirectObject ReadIndirectObject()
    {
        var number = ExpectNumber().AsInt();
        var generation = ExpectNumber().AsInt();
        ExpectKeyword("obj");
        var value = ReadValue();
        var afterValue = Position;
        var next = TryReadKeyword();
        if (next == "stream" && value is PdfDictionary)
            return new IndirectObject(number, generation, value, StreamDataStart());
        Position = afterValue;
        return new IndirectObject(number, generation, value, null);
    }

    private int StreamDataStart()
    {
        // The keyword is followed by CRLF or LF (a lone CR is tolerated as writers get it wrong).
        if (Position < Data.Length && Data[Position] == '\r') Position++;
        if (Position < Data.Length && Data[Position] == '\n') Position++;
        return Position;
    }

    public PdfNumber ExpectNumber() =>
        ReadValue() as PdfNumber ?? throw new PdfSyntaxException($"Number expected at {Position}.");

    public void ExpectKeyword(string word)
    {
        if (TryReadKeyword() != word) throw new PdfSyntaxException($"'{word}' expected at {Position}.");
    }

    /// <summary>Reads a bare word if one is next, else leaves the position unchanged and returns null.</summary>
    public string? TryReadKeyword()
    {
        SkipWhitespace();
        var start = Position;
        var data = Data;
        while (Position < data.Length && PdfBytes.IsRegular(data[Position])) Position++;
        if (Position == start) return null;
        return Encoding.Latin1.GetString(data[start..Position]);
    }

    private int Peek(int ahead) => Position + ahead < Data.Length ? Data[Position + ahead] : -1;

    private static bool IsNumberStart(byte b) => b is >= (byte)'0' and <= (byte)'9' or (byte)'+' or (byte)'-' or (byte)'.';

    private PdfValue ReadKeywordValue()
    {
        var word = TryReadKeyword() ?? throw new PdfSyntaxException($"Unexpected byte '{(char)Data[Position]}' at {Position}.");
        return word switch
        {
            "true" => new PdfBoolean(true),
            "false" => new PdfBoolean(false),
            "null" => new PdfNull(),
            _ => new PdfKeyword(word),
        };
    }

    private PdfName ReadName()
    {
        Position++;
        var data = Data;
        var bytes = new List<byte>();
        while (Position < data.Length && PdfBytes.IsRegular(data[Position]))
        {
            var b = data[Position++];
            if (b == '#' && Position + 1 < data.Length && PdfBytes.HexValue(data[Position]) >= 0 && PdfBytes.HexValue(data[Position + 1]) >= 0)
            {
                b = (byte)(PdfBytes.HexValue(data[Position]) * 16 + PdfBytes.HexValue(data[Position + 1]));
                Position += 2;
            }
            bytes.Add(b);
        }
        return new PdfName(Encoding.Latin1.GetString(bytes.ToArray()));
    }

    private PdfValue ReadNumberOrReference()
    {
        var first = ReadNumber();
        if (first.Text.Contains('.') || first.Text.StartsWith('-') || first.Text.StartsWith('+')) return first;
        var afterFirst = Position;
        SkipWhitespace();
        if (Position < Data.Length && Data[Position] is >= (byte)'0' and <= (byte)'9')
        {
            var second = ReadNumber();
            if (!second.Text.Contains('.') && TryReadKeyword() == "R")
                return new PdfReference(first.AsInt(), second.AsInt());
        }
        Position = afterFirst;
        return first;
    }

    private PdfNumber ReadNumber()
    {
        var start = Position;
        var data = Data;
        Position++;
        while (Position < data.Length && (data[Position] is >= (byte)'0' and <= (byte)'9' or (byte)'.')) Position++;
        return new PdfNumber(Encoding.ASCII.GetString(data[start..Position]));
    }

    private PdfArray ReadArray()
    {
        Position++;
        var items = new List<PdfValue>();
        while (true)
        {
            SkipWhitespace();
            if (Position >= Data.Length) throw new PdfSyntaxException("Unterminated array.");
            if (Data[Position] == ']') { Position++; return new PdfArray(items); }
            items.Add(ReadValue());
        }
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var entries = new List<KeyValuePair<string, PdfValue>>();
        while (true)
        {
            SkipWhitespace();
            if (Position + 1 >= Data.Length) throw new PdfSyntaxException("Unterminated dictionary.");
            if (Data[Position] == '>' && Data[Position + 1] == '>') { Position += 2; return new PdfDictionary(entries); }
            if (ReadValue() is not PdfName key) throw new PdfSyntaxException($"Dictionary key expected before {Position}.");
            entries.Add(new(key.Value, ReadValue()));
        }
    }

    private PdfString ReadHexString()
    {
        Position++;
        var data = Data;
        var bytes = new List<byte>();
        var high = -1;
        while (Position < data.Length && data[Position] != '>')
        {
            var v = PdfBytes.HexValue(data[Position++]);
            if (v < 0) continue;
            if (high < 0) high = v;
            else { bytes.Add((byte)(high * 16 + v)); high = -1; }
        }
        if (Position >= data.Length) throw new PdfSyntaxException("Unterminated hex string.");
        Position++;
        if (high >= 0) bytes.Add((byte)(high * 16));
        return new PdfString(bytes.ToArray(), WasHex: true);
    }

    private PdfString ReadLiteralString()
    {
        Position++;
        var data = Data;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < data.Length)
        {
            var b = data[Position++];
            if (b == '\\') { ReadEscape(data, bytes); continue; }
            if (b == '(') depth++;
            if (b == ')' && --depth == 0) return new PdfString(bytes.ToArray(), WasHex: false);
            bytes.Add(b);
        }
        throw new PdfSyntaxException("Unterminated literal string.");
    }

    private void ReadEscape(ReadOnlySpan<byte> data, List<byte> bytes)
    {
        if (Position >= data.Length) return;
        var e = data[Position++];
        switch (e)
        {
            case (byte)'n': bytes.Add(10); break;
            case (byte)'r': bytes.Add(13); break;
            case (byte)'t': bytes.Add(9); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case (byte)'\r':
                if (Position < data.Length && data[Position] == '\n') Position++;
                break;
            case (byte)'\n': break;
            case >= (byte)'0' and <= (byte)'7':
                var octal = e - '0';
                for (var i = 0; i < 2 && Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                    octal = octal * 8 + (data[Position++] - '0');
                bytes.Add((byte)octal);
                break;
            default: bytes.Add(e); break;
        }
    }
}
