using DocFlow.Signing.Pdf.Structure;
using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Verification;

/// <summary>Finds the signature dictionaries through the catalog's /AcroForm fields (nested /Kids included).</summary>
internal static class SignatureLocator
{
    public static IReadOnlyList<SignatureField> FindAll(PdfObjectReader reader)
    {
        var catalog = reader.GetDictionary(reader.Trailer.Get("Root"), "Catalog");
        var acroForm = reader.Resolve(catalog.Get("AcroForm")) as PdfDictionary;
        var found = new List<SignatureField>();
        var visited = new HashSet<int>();
        foreach (var field in (reader.Resolve(acroForm?.Get("Fields")) as PdfArray)?.Items ?? [])
            Collect(reader, field, found, visited);
        return found;
    }

    private static void Collect(PdfObjectReader reader, PdfValue field, List<SignatureField> found, HashSet<int> visited)
    {
        if (field is PdfReference r && !visited.Add(r.Number)) return;
        if (reader.Resolve(field) is not PdfDictionary dictionary) return;
        if (dictionary.Get("V") is PdfReference value && FromObject(reader, value) is { } signature) found.Add(signature);
        foreach (var kid in (reader.Resolve(dictionary.Get("Kids")) as PdfArray)?.Items ?? [])
            Collect(reader, kid, found, visited);
    }

    // Only an uncompressed object has positions in the file, which the ByteRange check needs.
    private static SignatureField? FromObject(PdfObjectReader reader, PdfReference reference)
    {
        if (!reader.CrossReference.Entries.TryGetValue(reference.Number, out var entry) || entry.IsCompressed) return null;
        var obj = reader.GetIndirect(reference.Number);
        if (obj?.Value is not PdfDictionary dictionary || dictionary.Get("Contents") is not PdfString contents) return null;
        if (dictionary.Get("ByteRange") is not PdfArray range || contents.Start < 0) return null;
        var byteRange = range.Items.Select(i => (reader.Resolve(i) as PdfNumber)?.AsLong() ?? -1).ToArray();
        return new SignatureField(dictionary, byteRange, contents);
    }
}
