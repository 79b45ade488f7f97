using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;
using FsCheck.Xunit;

namespace DocFlow.Agreements.Tests.Properties;

/// <summary>
/// Reads the words back into a number with an independent parser, so every amount up to the maximum is spelled
/// correctly, not just the table's; and checks the agreement of "one"/"two" and the currency forms.
/// </summary>
[Properties(Arbitrary = [typeof(MoneyAmountGenerators)])]
public sealed class AmountInWordsProperties
{
    [Property(MaxTest = 2000)]
    public void Russian_words_read_back_to_the_amount_with_the_right_forms(MoneyAmount money)
    {
        var (amount, whole, minor) = (money.Value, money.Whole, money.Minor);
        var text = AmountInWords.Format(amount, "RUB", Locale.Ru);
        var (words, after) = Split(text);

        Assert.Equal(whole, NumberWordsParser.Russian.Parse(words));
        Assert.Equal($"{Form(whole, "рубль", "рубля", "рублей")} {minor:00} {Form(minor, "копейка", "копейки", "копеек")}", after);
        Assert.DoesNotContain(words.Split(' ')[^1], new[] { "одна", "две" }); // рубль is masculine
        AssertThousandsAreFeminine(words, "тысяч", "один", "два");
    }

    [Property(MaxTest = 2000)]
    public void Ukrainian_words_read_back_to_the_amount_with_the_right_forms(MoneyAmount money)
    {
        var (amount, whole, minor) = (money.Value, money.Whole, money.Minor);
        var text = AmountInWords.Format(amount, "UAH", Locale.Uk);
        var (words, after) = Split(text);

        Assert.Equal(whole, NumberWordsParser.Ukrainian.Parse(words));
        Assert.Equal($"{Form(whole, "гривня", "гривні", "гривень")} {minor:00} {Form(minor, "копійка", "копійки", "копійок")}", after);
        Assert.DoesNotContain(words.Split(' ')[^1], new[] { "один", "два" }); // гривня is feminine
        AssertThousandsAreFeminine(words, "тисяч", "один", "два");
    }

    [Property(MaxTest = 2000)]
    public void English_words_read_back_to_the_amount(MoneyAmount money)
    {
        var (amount, whole, minor) = (money.Value, money.Whole, money.Minor);
        var (words, after) = Split(AmountInWords.Format(amount, "USD", Locale.En));

        Assert.Equal(whole, NumberWordsParser.English.Parse(words));
        Assert.Equal($"{(whole == 1 ? "US dollar" : "US dollars")} and {minor:00} {(minor == 1 ? "cent" : "cents")}", after);
    }

    [Property(MaxTest = 500)]
    public void The_figure_in_front_is_the_formatted_amount(MoneyAmount money)
    {
        var amount = money.Value;
        foreach (var locale in new[] { Locale.Ru, Locale.Uk, Locale.En })
            Assert.StartsWith(MoneyFormat.Format(amount, locale) + " (", AmountInWords.Format(amount, "EUR", locale));
    }

    private static (string Words, string After) Split(string text)
    {
        var open = text.IndexOf('(');
        var close = text.IndexOf(')');
        return (text[(open + 1)..close], text[(close + 2)..]);
    }

    private static string Form(long n, string one, string few, string many) =>
        (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, >= 2 and <= 4 => few, _ => many };

    private static void AssertThousandsAreFeminine(string words, string thousandStem, string one, string two)
    {
        var tokens = words.Split(' ');
        for (var i = 1; i < tokens.Length; i++)
            if (tokens[i].StartsWith(thousandStem))
                Assert.DoesNotContain(tokens[i - 1], new[] { one, two });
    }
}
