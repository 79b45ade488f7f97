using System.Text;
using DocFlow.Signing.Pdf.Syntax;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>PDF text strings: ASCII stays as is, anything else becomes UTF-16BE with a byte order mark
/// (so Cyrillic reasons and names read correctly in every viewer).</summary>
internal static class PdfTextString
{
    public static PdfString Encode(string text) =>
        text.All(c => c is >= ' ' and < (char)0x7F)
            ? new PdfString(Encoding.ASCII.GetBytes(text), false)
            : new PdfString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], false);

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        // PDFDocEncoding matches Latin-1 in the printable range, which is all a seal's fields use.
        return Encoding.Latin1.GetString(bytes);
    }
}
