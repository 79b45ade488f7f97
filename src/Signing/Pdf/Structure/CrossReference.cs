using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Structure;

/// <summary>The merged cross-reference of all revisions and the newest trailer.</summary>
internal sealed record CrossReference(
    IReadOnlyDictionary<int, XrefEntry> Entries,
    PdfDictionary Trailer,
    long StartXref,
    XrefFormat Format)
{
    public int Size => Math.Max((Trailer.Get("Size") as PdfNumber)?.AsInt() ?? 0, Entries.Keys.DefaultIfEmpty(0).Max() + 1);
}
