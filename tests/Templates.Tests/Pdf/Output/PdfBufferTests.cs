using DocFlow.Templates.Pdf.Output;

namespace DocFlow.Templates.Tests.Pdf.Output;

public sealed class PdfBufferTests
{
    [Theory]
    [InlineData(12.5, "12.5")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(3, "3")]
    [InlineData(0, "0")]
    [InlineData(1234.5678, "1234.568")]
    [InlineData(0.0004, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(-0.0006, "-0.001")]
    [InlineData(56.692917, "56.693")]
    [InlineData(0.10196, "0.102")]
    [InlineData(841.89, "841.89")]
    [InlineData(100.0005, "100.001")]
    public void Numbers_have_at_most_three_decimals_and_no_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, new PdfBuffer().Number(value).ToString());

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-17L, "-17")]
    [InlineData(9_000_000_123L, "9000000123")]
    public void Integers_are_plain_digits(long value, string expected) =>
        Assert.Equal(expected, new PdfBuffer().Integer(value).ToString());

    [Fact]
    public void Hex_writes_four_digits_per_16_bit_value_and_two_per_byte()
    {
        var output = new PdfBuffer(1).Hex16(0x0A1F).Hex16(0xFFFF).HexBytes([0x00, 0xAB]);
        Assert.Equal("0A1FFFFF00AB", output.ToString());
    }

    [Fact]
    public void The_buffer_grows_past_its_first_capacity_without_losing_bytes()
    {
        var output = new PdfBuffer(2);
        for (var i = 0; i < 1000; i++) output.Integer(i % 10);
        Assert.Equal(1000, output.Length);
        Assert.Equal(string.Concat(Enumerable.Range(0, 1000).Select(i => (char)('0' + i % 10))), output.ToString());
    }
}
