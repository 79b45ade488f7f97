using System.Text;
using DocFlow.Templates.Pdf.Output;

namespace DocFlow.Templates.Tests.Pdf.Output;

public sealed class GlyphStringTests
{
    [Fact]
    public void Glyphs_are_two_bytes_each_big_endian_in_a_literal_string()
    {
        var encoded = GlyphString.Encode([0x4142, 0x0043]);
        Assert.Equal([(byte)'(', 0x41, 0x42, 0x00, 0x43, (byte)')'], encoded);
    }

    [Fact]
    public void Delimiters_backslashes_and_line_ends_are_escaped()
    {
        // Glyph ids whose bytes are '(' ')' '\' CR LF: unescaped they would end the string early or be read as other bytes.
        var encoded = GlyphString.Encode([0x2829, 0x5C0D, 0x0A41]);
        Assert.Equal(@"(\(\)\\\r\nA)", Encoding.Latin1.GetString(encoded));
    }
}
