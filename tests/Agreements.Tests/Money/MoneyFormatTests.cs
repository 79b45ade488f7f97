using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Tests.Money;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData("150000", Locale.Ru, "150\u00A0000,00")]
    [InlineData("150000", Locale.Uk, "150\u00A0000,00")]
    [InlineData("150000", Locale.En, "150,000.00")]
    [InlineData("1234567.5", Locale.Ru, "1\u00A0234\u00A0567,50")]
    [InlineData("999.999", Locale.En, "1,000.00")]
    [InlineData("0", Locale.Ru, "0,00")]
    [InlineData("2625.075", Locale.Ru, "2\u00A0625,08")]
    public void Groups_thousands_and_shows_two_decimals(string amount, Locale locale, string expected) =>
        Assert.Equal(expected, MoneyFormat.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), locale));
}
