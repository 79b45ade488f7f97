using System.Globalization;

namespace DocFlow.Signing.Pdf.Syntax;

/// <summary>A number kept as written, so copying it never changes its form.</summary>
internal sealed record PdfNumber(string Text) : PdfValue
{
    public static PdfNumber Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public long AsLong() => (long)decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public int AsInt() => checked((int)AsLong());
}
