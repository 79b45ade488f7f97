using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Tests.Money;

public sealed class CentsTests
{
    [Theory]
    [InlineData("2625.075", "2625.08")]
    [InlineData("2625.074", "2625.07")]
    [InlineData("0.005", "0.01")]
    [InlineData("0.0049", "0.00")]
    [InlineData("-0.005", "-0.01")]
    public void Rounds_midpoint_away_from_zero(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Cents.Round(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
