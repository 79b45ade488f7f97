using System.Security.Cryptography;
using System.Text;
using DocFlow.Signing.Pdf.Structure;
using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>Appends objects to a PDF as an incremental update (ISO 32000-1 §7.5.6): the original bytes stay untouched,
/// so earlier signatures stay valid. The new cross-reference takes the form the file already uses.</summary>
internal static class IncrementalUpdateWriter
{
    public static IncrementalUpdate Append(byte[] original, CrossReference xref, IReadOnlyList<ObjectToWrite> objects)
    {
        if (xref.Trailer.Get("Encrypt") is not null)
            throw new PdfSyntaxException("Encrypted PDFs cannot be sealed.");
        var output = new MemoryStream();
        output.Write(original);
        if (original.Length > 0 && original[^1] is not ((byte)'\n' or (byte)'\r')) output.WriteByte((byte)'\n');
        var offsets = new Dictionary<int, int>();
        foreach (var obj in objects)
        {
            offsets[obj.Number] = (int)output.Length;
            WriteAscii(output, $"{obj.Number} {obj.Generation} obj\n{PdfSerializer.ToText(obj.Value)}\nendobj\n");
        }
        var generations = objects.ToDictionary(o => o.Number, o => o.Generation);
        if (xref.Format == XrefFormat.Stream) WriteXrefStream(output, original, xref, offsets, generations);
        else WriteXrefTable(output, original, xref, offsets, generations);
        return new IncrementalUpdate(output.ToArray(), offsets);
    }

    private static void WriteXrefTable(MemoryStream output, byte[] original, CrossReference xref,
        Dictionary<int, int> offsets, Dictionary<int, int> generations)
    {
        var start = output.Length;
        var text = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            text.Append(run[0]).Append(' ').Append(run.Count).Append('\n');
            foreach (var number in run)
                text.Append($"{offsets[number]:D10} {generations[number]:D5} n\r\n");
        }
        var size = Math.Max(xref.Size, offsets.Keys.Max() + 1);
        text.Append("trailer\n").Append(PdfSerializer.ToText(Trailer(original, xref, size))).Append('\n');
        text.Append("startxref\n").Append(start).Append("\n%%EOF\n");
        WriteAscii(output, text.ToString());
    }

    private static void WriteXrefStream(MemoryStream output, byte[] original, CrossReference xref,
        Dictionary<int, int> offsets, Dictionary<int, int> generations)
    {
        var start = (int)output.Length;
        var streamNumber = Math.Max(xref.Size, offsets.Keys.Max() + 1);
        offsets[streamNumber] = start;
        generations[streamNumber] = 0;
        var runs = Runs(offsets.Keys);
        var rows = new MemoryStream();
        foreach (var number in runs.SelectMany(r => r)) WriteStreamRow(rows, offsets[number], generations[number]);
        var index = runs.SelectMany(r => new PdfValue[] { PdfNumber.Of(r[0]), PdfNumber.Of(r.Count) }).ToList();
        var dictionary = Trailer(original, xref, streamNumber + 1)
            .With("Type", new PdfName("XRef"))
            .With("W", new PdfArray([PdfNumber.Of(1), PdfNumber.Of(4), PdfNumber.Of(2)]))
            .With("Index", new PdfArray(index))
            .With("Length", PdfNumber.Of(rows.Length));
        WriteAscii(output, $"{streamNumber} 0 obj\n{PdfSerializer.ToText(dictionary)}\nstream\n");
        output.Write(rows.ToArray());
        WriteAscii(output, $"\nendstream\nendobj\nstartxref\n{start}\n%%EOF\n");
    }

    private static void WriteStreamRow(MemoryStream rows, int offset, int generation)
    {
        rows.WriteByte(1);
        rows.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset]);
        rows.Write([(byte)(generation >> 8), (byte)generation]);
    }

    // Only the keys a reader of the update needs: the rest of an xref stream's dictionary describes the old stream.
    private static PdfDictionary Trailer(byte[] original, CrossReference xref, int size)
    {
        var trailer = PdfDictionary.Of(("Size", PdfNumber.Of(size)));
        foreach (var key in new[] { "Root", "Info" })
            if (xref.Trailer.Get(key) is { } value) trailer = trailer.With(key, value);
        return trailer.With("ID", DocumentId(original, xref)).With("Prev", PdfNumber.Of(xref.StartXref));
    }

    // The first ID names the document for good; the second changes with each revision.
    private static PdfArray DocumentId(byte[] original, CrossReference xref)
    {
        var revision = SHA256.HashData(original)[..16];
        var permanent = (xref.Trailer.Get("ID") as PdfArray)?.Items.FirstOrDefault() as PdfString
            ?? new PdfString(revision, true);
        return new PdfArray([permanent with { Start = -1, End = -1 }, new PdfString(revision, true)]);
    }

    private static List<List<int>> Runs(IEnumerable<int> numbers)
    {
        var runs = new List<List<int>>();
        foreach (var number in numbers.Order())
        {
            if (runs.Count > 0 && runs[^1][^1] == number - 1) runs[^1].Add(number);
            else runs.Add([number]);
        }
        return runs;
    }

    private static void WriteAscii(MemoryStream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
