using DocFlow.Signing.Pdf.Structure;
using DocFlow.Signing.Pdf.Syntax;
using DocFlow.Signing.Pdf.Writing;

namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>The objects one seal adds: the /Sig dictionary, an invisible signature field that is also its widget,
/// and new versions of the catalog (AcroForm) and of the last page (/Annots).</summary>
internal static class SealObjects
{
    public static (IReadOnlyList<ObjectToWrite> Objects, int SignatureNumber) Build(
        PdfObjectReader reader, SealInfo info, SignaturePlaceholder placeholder)
    {
        var rootRef = reader.Trailer.Get("Root") as PdfReference ?? throw new PdfSyntaxException("Trailer has no /Root reference.");
        var catalog = reader.GetDictionary(rootRef, "Catalog");
        var (pageRef, page) = PageTree.LastPage(reader, catalog);
        var signatureNumber = reader.CrossReference.Size;
        var fieldRef = new PdfReference(signatureNumber + 1, 0);

        var acroForm = reader.Resolve(catalog.Get("AcroForm")) as PdfDictionary ?? PdfDictionary.Of();
        var fields = ItemsOf(reader, acroForm.Get("Fields"));
        var newAcroForm = acroForm
            .With("Fields", new PdfArray([.. fields, fieldRef]))
            .With("SigFlags", PdfNumber.Of(3));
        var annots = ItemsOf(reader, page.Get("Annots"));
        var field = Field(FieldName(reader, fields), new PdfReference(signatureNumber, 0), pageRef);

        return ([
            new ObjectToWrite(signatureNumber, 0, SignatureDictionary(info, placeholder)),
            new ObjectToWrite(fieldRef.Number, 0, field),
            new ObjectToWrite(rootRef.Number, rootRef.Generation, catalog.With("AcroForm", newAcroForm)),
            new ObjectToWrite(pageRef.Number, pageRef.Generation, page.With("Annots", new PdfArray([.. annots, fieldRef]))),
        ], signatureNumber);
    }

    private static IReadOnlyList<PdfValue> ItemsOf(PdfObjectReader reader, PdfValue? value) =>
        (reader.Resolve(value) as PdfArray)?.Items ?? [];

    // Field names must be unique among the form's fields; a second seal becomes Seal2.
    private static string FieldName(PdfObjectReader reader, IReadOnlyList<PdfValue> fields)
    {
        var taken = fields
            .Select(f => (reader.Resolve(f) as PdfDictionary)?.Get("T") as PdfString)
            .Where(t => t is not null)
            .Select(t => PdfTextString.Decode(t!.Bytes))
            .ToHashSet();
        var n = fields.Count + 1;
        while (taken.Contains($"Seal{n}")) n++;
        return $"Seal{n}";
    }

    private static PdfDictionary Field(string name, PdfReference signature, PdfReference page) => PdfDictionary.Of(
        ("Type", new PdfName("Annot")),
        ("Subtype", new PdfName("Widget")),
        ("FT", new PdfName("Sig")),
        ("T", PdfTextString.Encode(name)),
        ("V", signature),
        ("F", PdfNumber.Of(132)), // Print + Locked: invisible (zero rect) yet kept when printed, not editable
        ("Rect", new PdfArray([PdfNumber.Of(0), PdfNumber.Of(0), PdfNumber.Of(0), PdfNumber.Of(0)])),
        ("P", page));

    private static PdfDictionary SignatureDictionary(SealInfo info, SignaturePlaceholder placeholder)
    {
        var dictionary = PdfDictionary.Of(
            ("Type", new PdfName("Sig")),
            ("Filter", new PdfName("Adobe.PPKLite")),
            ("SubFilter", new PdfName("ETSI.CAdES.detached")),
            ("ByteRange", new PdfRaw(placeholder.ByteRangeText)),
            ("Contents", new PdfRaw(placeholder.ContentsText)),
            ("M", PdfTextString.Encode(PdfDate.Format(info.SigningTime))),
            ("Name", PdfTextString.Encode(info.Name)));
        foreach (var (key, value) in Optional(info))
            if (!string.IsNullOrEmpty(value)) dictionary = dictionary.With(key, PdfTextString.Encode(value));
        return dictionary;
    }

    private static IEnumerable<(string, string?)> Optional(SealInfo info) =>
    [
        ("Reason", info.Reason),
        ("Location", info.Location),
        ("ContactInfo", info.ContactInfo),
        (SignatureKeys.EnvelopeId, info.EnvelopeId),
    ];
}
