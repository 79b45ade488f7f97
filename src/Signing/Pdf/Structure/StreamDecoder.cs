using System.IO.Compression;
using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Structure;

/// <summary>Decodes the only streams the seal reads: xref and object streams (FlateDecode with optional PNG predictor).</summary>
internal static class StreamDecoder
{
    public static byte[] Decode(PdfDictionary dictionary, ReadOnlySpan<byte> raw)
    {
        var filter = dictionary.Get("Filter") switch
        {
            PdfName name => name.Value,
            PdfArray { Items.Count: 1 } array => (array.Items[0] as PdfName)?.Value,
            null => null,
            _ => "unsupported",
        };
        var data = filter switch
        {
            null => raw.ToArray(),
            "FlateDecode" => Inflate(raw),
            _ => throw new PdfSyntaxException($"Stream filter {filter} is not supported here."),
        };
        var parms = dictionary.Get("DecodeParms") as PdfDictionary;
        var predictor = (parms?.Get("Predictor") as PdfNumber)?.AsInt() ?? 1;
        if (predictor < 10) return data;
        var columns = (parms?.Get("Columns") as PdfNumber)?.AsInt() ?? 1;
        return Unpredict(data, columns);
    }

    private static byte[] Inflate(ReadOnlySpan<byte> raw)
    {
        using var input = new MemoryStream(raw.ToArray());
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    // PNG row filters, one byte per pixel (xref streams use Colors 1, BitsPerComponent 8).
    private static byte[] Unpredict(byte[] data, int columns)
    {
        var rows = data.Length / (columns + 1);
        var result = new byte[rows * columns];
        var previous = new byte[columns];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (columns + 1)];
            var row = result.AsSpan(r * columns, columns);
            data.AsSpan(r * (columns + 1) + 1, columns).CopyTo(row);
            for (var c = 0; c < columns; c++)
            {
                var left = c > 0 ? row[c - 1] : 0;
                var up = previous[c];
                var upLeft = c > 0 ? previous[c - 1] : 0;
                row[c] += type switch
                {
                    1 => (byte)left,
                    2 => up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
            }
            row.CopyTo(previous);
        }
        return result;
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
