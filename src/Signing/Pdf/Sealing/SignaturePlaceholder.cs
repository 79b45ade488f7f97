using System.Globalization;
using System.Text;

namespace DocFlow.Signing.Pdf.Sealing;

/// <summary>Fixed-width stand-ins for /ByteRange and /Contents: the file is laid out first, then the real values
/// are written over them without moving a byte.</summary>
internal sealed record SignaturePlaceholder(int ContentsCapacity)
{
    private const int NumberWidth = 10;

    private static readonly string ByteRangePlaceholder = $"[0 {Zeros(NumberWidth)} {Zeros(NumberWidth)} {Zeros(NumberWidth)}]";

    public string ByteRangeText => ByteRangePlaceholder;

    public string ContentsText => $"<{Zeros(ContentsCapacity * 2)}>";

    public static byte[] FormatByteRange(long contentsStart, long contentsEnd, long fileLength)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"[0 {contentsStart} {contentsEnd} {fileLength - contentsEnd}]");
        return Encoding.ASCII.GetBytes(text.PadRight(ByteRangePlaceholder.Length));
    }

    private static string Zeros(int count) => new('0', count);
}
