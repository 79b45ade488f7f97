using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Agreements.Tests.Money;

public sealed class AmountInWordsTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("0", "0,00 (ноль) рублей 00 копеек")]
    [InlineData("1", "1,00 (один) рубль 00 копеек")]
    [InlineData("2", "2,00 (два) рубля 00 копеек")]
    [InlineData("5", "5,00 (пять) рублей 00 копеек")]
    [InlineData("11", "11,00 (одиннадцать) рублей 00 копеек")]
    [InlineData("12", "12,00 (двенадцать) рублей 00 копеек")]
    [InlineData("14", "14,00 (четырнадцать) рублей 00 копеек")]
    [InlineData("21", "21,00 (двадцать один) рубль 00 копеек")]
    [InlineData("22", "22,00 (двадцать два) рубля 00 копеек")]
    [InlineData("101", "101,00 (сто один) рубль 00 копеек")]
    [InlineData("111", "111,00 (сто одиннадцать) рублей 00 копеек")]
    [InlineData("1000", "1 000,00 (одна тысяча) рублей 00 копеек")]
    [InlineData("2000", "2 000,00 (две тысячи) рублей 00 копеек")]
    [InlineData("5000", "5 000,00 (пять тысяч) рублей 00 копеек")]
    [InlineData("11000", "11 000,00 (одиннадцать тысяч) рублей 00 копеек")]
    [InlineData("21000", "21 000,00 (двадцать одна тысяча) рублей 00 копеек")]
    [InlineData("150000", "150 000,00 (сто пятьдесят тысяч) рублей 00 копеек")]
    [InlineData("1000000", "1 000 000,00 (один миллион) рублей 00 копеек")]
    [InlineData("2001021", "2 001 021,00 (два миллиона одна тысяча двадцать один) рубль 00 копеек")]
    [InlineData("5000000000", "5 000 000 000,00 (пять миллиардов) рублей 00 копеек")]
    [InlineData("0.01", "0,01 (ноль) рублей 01 копейка")]
    [InlineData("0.02", "0,02 (ноль) рублей 02 копейки")]
    [InlineData("0.05", "0,05 (ноль) рублей 05 копеек")]
    [InlineData("0.11", "0,11 (ноль) рублей 11 копеек")]
    [InlineData("1.21", "1,21 (один) рубль 21 копейка")]
    [InlineData("999999999999.99", "999 999 999 999,99 (девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять) рублей 99 копеек")]
    public void Russian_roubles(string amount, string expected) =>
        Assert.Equal(Expected(expected), AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "RUB", Locale.Ru));

    [Theory]
    [InlineData("0", "0,00 (нуль) гривень 00 копійок")]
    [InlineData("1", "1,00 (одна) гривня 00 копійок")]
    [InlineData("2", "2,00 (дві) гривні 00 копійок")]
    [InlineData("5", "5,00 (п’ять) гривень 00 копійок")]
    [InlineData("11", "11,00 (одинадцять) гривень 00 копійок")]
    [InlineData("21", "21,00 (двадцять одна) гривня 00 копійок")]
    [InlineData("101", "101,00 (сто одна) гривня 00 копійок")]
    [InlineData("1000", "1 000,00 (одна тисяча) гривень 00 копійок")]
    [InlineData("2000", "2 000,00 (дві тисячі) гривень 00 копійок")]
    [InlineData("5000", "5 000,00 (п’ять тисяч) гривень 00 копійок")]
    [InlineData("21000", "21 000,00 (двадцять одна тисяча) гривень 00 копійок")]
    [InlineData("150000", "150 000,00 (сто п’ятдесят тисяч) гривень 00 копійок")]
    [InlineData("1000000", "1 000 000,00 (один мільйон) гривень 00 копійок")]
    [InlineData("2001021", "2 001 021,00 (два мільйони одна тисяча двадцять одна) гривня 00 копійок")]
    [InlineData("0.01", "0,01 (нуль) гривень 01 копійка")]
    [InlineData("0.02", "0,02 (нуль) гривень 02 копійки")]
    [InlineData("0.05", "0,05 (нуль) гривень 05 копійок")]
    [InlineData("2.21", "2,21 (дві) гривні 21 копійка")]
    public void Ukrainian_hryvnias(string amount, string expected) =>
        Assert.Equal(Expected(expected), AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "UAH", Locale.Uk));

    [Theory]
    [InlineData("0", "0.00 (zero) US dollars and 00 cents")]
    [InlineData("1", "1.00 (one) US dollar and 00 cents")]
    [InlineData("2", "2.00 (two) US dollars and 00 cents")]
    [InlineData("5", "5.00 (five) US dollars and 00 cents")]
    [InlineData("11", "11.00 (eleven) US dollars and 00 cents")]
    [InlineData("21", "21.00 (twenty-one) US dollars and 00 cents")]
    [InlineData("101", "101.00 (one hundred one) US dollars and 00 cents")]
    [InlineData("1000", "1,000.00 (one thousand) US dollars and 00 cents")]
    [InlineData("2000", "2,000.00 (two thousand) US dollars and 00 cents")]
    [InlineData("5000", "5,000.00 (five thousand) US dollars and 00 cents")]
    [InlineData("21000", "21,000.00 (twenty-one thousand) US dollars and 00 cents")]
    [InlineData("150000", "150,000.00 (one hundred fifty thousand) US dollars and 00 cents")]
    [InlineData("1000000", "1,000,000.00 (one million) US dollars and 00 cents")]
    [InlineData("2001021", "2,001,021.00 (two million one thousand twenty-one) US dollars and 00 cents")]
    [InlineData("0.01", "0.01 (zero) US dollars and 01 cent")]
    [InlineData("0.02", "0.02 (zero) US dollars and 02 cents")]
    [InlineData("1.21", "1.21 (one) US dollar and 21 cents")]
    public void English_dollars(string amount, string expected) =>
        Assert.Equal(expected, AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "USD", Locale.En));

    [Theory]
    [InlineData("USD", Locale.Ru, "21,05 (двадцать один) доллар США 05 центов")]
    [InlineData("USD", Locale.Uk, "21,05 (двадцять один) долар США 05 центів")]
    [InlineData("EUR", Locale.Ru, "21,05 (двадцать один) евро 05 евроцентов")]
    [InlineData("EUR", Locale.Uk, "21,05 (двадцять один) євро 05 євроцентів")]
    [InlineData("EUR", Locale.En, "21.05 (twenty-one) euros and 05 cents")]
    [InlineData("KZT", Locale.Ru, "21,05 (двадцать один) тенге 05 тиын")]
    [InlineData("RUB", Locale.Uk, "21,05 (двадцять один) рубль 05 копійок")]
    [InlineData("UAH", Locale.Ru, "21,05 (двадцать одна) гривна 05 копеек")]
    public void Other_currencies_and_languages(string currency, Locale locale, string expected) =>
        Assert.Equal(Expected(expected), AmountInWords.Format(21.05m, currency, locale));

    [Fact]
    public void Two_euros_are_masculine_in_russian() =>
        Assert.Equal("2,02 (два) евро 02 евроцента", AmountInWords.Format(2.02m, "EUR", Locale.Ru));

    [Fact]
    public void Tenge_does_not_change_with_the_count() =>
        Assert.Equal(Expected("1 001,01 (одна тысяча один) тенге 01 тиын"), AmountInWords.Format(1001.01m, "KZT", Locale.Ru));

    [Fact]
    public void Unknown_currency_keeps_its_code_and_shows_minor_units_as_a_fraction() =>
        Assert.Equal(Expected("1 234,50 (одна тысяча двести тридцать четыре) CHF 50/100"), AmountInWords.Format(1234.5m, "chf", Locale.Ru));

    [Fact]
    public void Rounds_to_cents_midpoint_away_from_zero_before_spelling() =>
        Assert.Equal(Expected("2 625,08 (две тысячи шестьсот двадцать пять) рублей 08 копеек"), AmountInWords.Format(2625.075m, "RUB", Locale.Ru));

    [Fact]
    public void Rounding_up_carries_into_the_whole_units() =>
        Assert.Equal("2.00 (two) US dollars and 00 cents", AmountInWords.Format(1.995m, "USD", Locale.En));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1000000000000")]
    public void Out_of_range_amounts_are_refused(string amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "RUB", Locale.Ru));

    // Test data is written with ordinary spaces for readability; Slavic figures group with U+00A0.
    private static string Expected(string text)
    {
        var paren = text.IndexOf('(');
        return paren < 0 ? text : text[..paren].TrimEnd().Replace(" ", Nbsp) + " " + text[paren..];
    }
}
