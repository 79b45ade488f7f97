namespace DocFlow.Templates.Pdf.Output;

/// <summary>
/// A word's glyph ids as an Identity-H string operand: two bytes per glyph, big-endian, in a literal string.
/// Literal rather than hex halves what is written and deflated; the three delimiters and the line ends (which a
/// reader would otherwise normalise) are escaped.
/// </summary>
internal static class GlyphString
{
    public static byte[] Encode(ReadOnlySpan<ushort> glyphs)
    {
        var output = new PdfBuffer(2 * glyphs.Length + 8).Byte((byte)'(');
        foreach (var glyph in glyphs)
        {
            Append(output, (byte)(glyph >> 8));
            Append(output, (byte)glyph);
        }
        return output.Byte((byte)')').ToArray();
    }

    private static void Append(PdfBuffer output, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                output.Byte((byte)'\\').Byte(value);
                break;
            case (byte)'\r':
                output.Byte((byte)'\\').Byte((byte)'r');
                break;
            case (byte)'\n':
                output.Byte((byte)'\\').Byte((byte)'n');
                break;
            default:
                output.Byte(value);
                break;
        }
    }
}
