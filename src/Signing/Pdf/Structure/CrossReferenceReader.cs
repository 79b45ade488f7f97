using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Structure;

/// <summary>Reads every xref section from startxref back through /Prev (tables, streams, hybrid /XRefStm),
/// the newest entry of each object winning.</summary>
internal sealed class CrossReferenceReader(byte[] bytes)
{
    private readonly Dictionary<int, XrefEntry> _entries = [];
    private readonly HashSet<long> _visited = [];

    public CrossReference Read()
    {
        var startXref = FindStartXref();
        var (trailer, format) = ReadSection(startXref);
        var previous = trailer;
        while (previous.Get("Prev") is PdfNumber prev && _visited.Add(prev.AsLong()))
            previous = ReadSection(prev.AsLong()).Trailer;
        return new CrossReference(_entries, trailer, startXref, format);
    }

    private long FindStartXref()
    {
        var tailStart = Math.Max(0, bytes.Length - 2048);
        var index = bytes.AsSpan(tailStart).LastIndexOf("startxref"u8);
        if (index < 0) throw new PdfSyntaxException("No startxref: not a PDF, or truncated.");
        var parser = new PdfParser(bytes, tailStart + index + "startxref".Length);
        return parser.ExpectNumber().AsLong();
    }

    private (PdfDictionary Trailer, XrefFormat Format) ReadSection(long offset)
    {
        _visited.Add(offset);
        var parser = new PdfParser(bytes, checked((int)offset));
        parser.SkipWhitespace();
        if (bytes.AsSpan(parser.Position).StartsWith("xref"u8))
        {
            var trailer = ReadTable(parser);
            if (trailer.Get("XRefStm") is PdfNumber hybrid && _visited.Add(hybrid.AsLong()))
                ReadStream(new PdfParser(bytes, hybrid.AsInt()));
            return (trailer, XrefFormat.Table);
        }
        return (ReadStream(parser), XrefFormat.Stream);
    }

    private PdfDictionary ReadTable(PdfParser parser)
    {
        parser.ExpectKeyword("xref");
        while (true)
        {
            var word = parser.TryReadKeyword();
            if (word == "trailer")
                return parser.ReadValue() as PdfDictionary ?? throw new PdfSyntaxException("Trailer is not a dictionary.");
            if (word is null || !int.TryParse(word, out var first))
                throw new PdfSyntaxException($"Malformed xref subsection near {parser.Position}.");
            var count = parser.ExpectNumber().AsInt();
            for (var i = 0; i < count; i++) ReadTableEntry(parser, first + i);
        }
    }

    private void ReadTableEntry(PdfParser parser, int number)
    {
        var offset = parser.ExpectNumber().AsLong();
        var generation = parser.ExpectNumber().AsInt();
        var kind = parser.TryReadKeyword();
        if (kind == "n" && number > 0) _entries.TryAdd(number, new XrefEntry(number, generation, offset));
        else if (kind == "f") _entries.TryAdd(number, new XrefEntry(number, generation, -1));
    }

    private PdfDictionary ReadStream(PdfParser parser)
    {
        var obj = parser.ReadIndirectObject();
        if (obj.Value is not PdfDictionary dictionary || obj.StreamStart is not int start)
            throw new PdfSyntaxException("startxref does not point to an xref table or stream.");
        var length = (dictionary.Get("Length") as PdfNumber)?.AsInt()
            ?? throw new PdfSyntaxException("Xref stream /Length must be direct.");
        var data = StreamDecoder.Decode(dictionary, bytes.AsSpan(start, length));
        var widths = ((PdfArray)dictionary.Get("W")!).Items.Select(i => ((PdfNumber)i).AsInt()).ToArray();
        var size = ((PdfNumber)dictionary.Get("Size")!).AsInt();
        var index = (dictionary.Get("Index") as PdfArray)?.Items.Select(i => ((PdfNumber)i).AsInt()).ToArray() ?? [0, size];
        ReadStreamEntries(data, widths, index);
        return dictionary;
    }

    private void ReadStreamEntries(byte[] data, int[] widths, int[] index)
    {
        var rowLength = widths.Sum();
        var row = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
            for (var i = 0; i < index[s + 1] && (row + 1) * rowLength <= data.Length; i++, row++)
                AddStreamEntry(index[s] + i, data.AsSpan(row * rowLength, rowLength), widths);
    }

    private void AddStreamEntry(int number, ReadOnlySpan<byte> row, int[] widths)
    {
        var type = widths[0] == 0 ? 1 : Field(row, 0, widths[0]);
        var second = Field(row, widths[0], widths[1]);
        var third = Field(row, widths[0] + widths[1], widths[2]);
        XrefEntry? entry = type switch
        {
            0 => new XrefEntry(number, (int)third, -1),
            1 => new XrefEntry(number, (int)third, second),
            2 => new XrefEntry(number, 0, -1, (int)second, (int)third),
            _ => null,
        };
        if (entry is not null && number > 0) _entries.TryAdd(number, entry);
    }

    private static long Field(ReadOnlySpan<byte> row, int start, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++) value = (value << 8) | row[start + i];
        return value;
    }
}
