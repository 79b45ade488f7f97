using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Verification;

/// <summary>A signature dictionary as written in the file: its /Contents string keeps its byte positions.</summary>
internal sealed record SignatureField(PdfDictionary Dictionary, long[] ByteRange, PdfString Contents)
{
    public long SignedEnd => ByteRange.Length == 4 ? ByteRange[2] + ByteRange[3] : 0;
}
