using System.Globalization;

namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// Text strings for the document information and catalog. Always hex-encoded UTF-16BE with a byte-order mark: any
/// title a client types (parentheses, backslashes, Cyrillic, "&gt;&gt;") is only hex digits in the file, so no value
/// can end its string or dictionary early.
/// </summary>
internal static class PdfTextString
{
    public static void Write(PdfBuffer output, string text)
    {
        output.Ascii("<FEFF");
        foreach (var unit in text) output.Hex16(unit);
        output.Byte((byte)'>');
    }

    /// <summary>A PDF date in UTC: (D:YYYYMMDDHHmmSSZ).</summary>
    public static void WriteDate(PdfBuffer output, DateTimeOffset date) =>
        output.Ascii("(D:").Ascii(date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Ascii("Z)");
}
