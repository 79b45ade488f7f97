using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Structure;

/// <summary>Looks objects up by number through the cross-reference, including objects inside object streams.</summary>
internal sealed class PdfObjectReader
{
    private readonly byte[] _bytes;
    private readonly Dictionary<int, byte[]> _objectStreams = [];

    public PdfObjectReader(byte[] bytes)
    {
        _bytes = bytes;
        CrossReference = new CrossReferenceReader(bytes).Read();
    }

    public CrossReference CrossReference { get; }

    public PdfDictionary Trailer => CrossReference.Trailer;

    public PdfValue Resolve(PdfValue? value) => value switch
    {
        PdfReference reference => Get(reference.Number),
        null => new PdfNull(),
        _ => value,
    };

    public PdfValue Get(int number) => GetIndirect(number)?.Value ?? new PdfNull();

    /// <summary>The object as written in the file (null when free, missing, or compressed in an object stream,
    /// where it has no own bytes).</summary>
    public IndirectObject? GetIndirect(int number)
    {
        if (!CrossReference.Entries.TryGetValue(number, out var entry)) return null;
        if (entry.IsCompressed) return FromObjectStream(entry);
        if (entry.Offset < 0 || entry.Offset >= _bytes.Length) return null;
        var obj = new PdfParser(_bytes, (int)entry.Offset).ReadIndirectObject();
        return obj.Number == number ? obj : throw new PdfSyntaxException($"Xref offset of object {number} points to object {obj.Number}.");
    }

    public PdfDictionary GetDictionary(PdfValue? value, string what) =>
        Resolve(value) as PdfDictionary ?? throw new PdfSyntaxException($"{what} is not a dictionary.");

    private IndirectObject? FromObjectStream(XrefEntry entry)
    {
        var data = ObjectStreamData(entry.StreamNumber!.Value, out var first);
        var header = new PdfParser(data);
        for (var i = 0; i <= entry.Index; i++)
        {
            var number = header.ExpectNumber().AsInt();
            var offset = header.ExpectNumber().AsInt();
            if (i < entry.Index) continue;
            var value = new PdfParser(data, first + offset).ReadValue();
            return new IndirectObject(number, 0, value, null);
        }
        return null;
    }

    private byte[] ObjectStreamData(int streamNumber, out int first)
    {
        var obj = GetIndirect(streamNumber) ?? throw new PdfSyntaxException($"Object stream {streamNumber} missing.");
        var dictionary = (PdfDictionary)obj.Value;
        first = ((PdfNumber)dictionary.Get("First")!).AsInt();
        if (_objectStreams.TryGetValue(streamNumber, out var cached)) return cached;
        var length = ((PdfNumber)Resolve(dictionary.Get("Length"))).AsInt();
        var data = StreamDecoder.Decode(dictionary, _bytes.AsSpan(obj.StreamStart!.Value, length));
        _objectStreams[streamNumber] = data;
        return data;
    }
}
