using UglyToad.PdfPig.Writer;

namespace DocFlow.Signing.Pdf.Appending;

/// <summary>Appends the pages of one PDF (the certificate-of-completion page) after the pages of another
/// (the document as signed) before the file is sealed. The result is a new file, so this happens before any seal.</summary>
public static class PdfPageAppender
{
    public static byte[] Append(byte[] document, byte[] pagesToAppend)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pagesToAppend);
        return PdfMerger.Merge([document, pagesToAppend]);
    }
}
