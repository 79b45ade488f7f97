using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money.Words;

namespace DocFlow.Agreements.Money;

/// <summary>
/// The amount as contracts write it: the figure, the whole units in words, the currency in the form the count takes,
/// and the minor units in figures.
/// ru: «150 000,00 (сто пятьдесят тысяч) рублей 00 копеек»; uk: «150 000,00 (сто п’ятдесят тисяч) гривень 00 копійок»;
/// en: "150,000.00 (one hundred fifty thousand) US dollars and 00 cents" (US style: no "and" inside the number,
/// hyphenated tens, "and" only before the minor units, as on a cheque).
/// A currency without a vocabulary (anything but RUB, UAH, KZT, USD, EUR) gets the number in words and its ISO code,
/// minor units as a fraction: "1 234,50 (одна тысяча двести тридцать четыре) CHF 50/100".
/// </summary>
public static class AmountInWords
{
    /// <summary>The largest amount that can be spelled (just under a trillion).</summary>
    public const decimal Max = 999_999_999_999.99m;

    private static readonly SlavicNumberWords RussianNumbers = new(SlavicVocabulary.Russian, Locale.Ru);
    private static readonly SlavicNumberWords UkrainianNumbers = new(SlavicVocabulary.Ukrainian, Locale.Uk);

    /// <exception cref="ArgumentOutOfRangeException">Negative, or above <see cref="Max"/>.</exception>
    public static string Format(decimal amount, string currency, Locale locale)
    {
        var rounded = Cents.Round(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(rounded, nameof(amount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounded, Max, nameof(amount));

        var whole = (long)decimal.Truncate(rounded);
        var minor = (long)((rounded - whole) * 100);
        var figure = MoneyFormat.Format(rounded, locale);
        var minorFigure = minor.ToString("00");
        var names = CurrencyCatalog.Find(currency, locale);

        if (names is null)
            return $"{figure} ({Spell(whole, Gender.Masculine, locale)}) {currency.ToUpperInvariant()} {minorFigure}/100";

        var words = Spell(whole, names.Major.Gender, locale);
        var major = names.Major.For(whole, locale);
        var minorName = names.Minor.For(minor, locale);
        var joiner = locale == Locale.En ? " and " : " ";
        return $"{figure} ({words}) {major}{joiner}{minorFigure} {minorName}";
    }

    private static string Spell(long number, Gender gender, Locale locale) => locale switch
    {
        Locale.Ru => RussianNumbers.Spell(number, gender),
        Locale.Uk => UkrainianNumbers.Spell(number, gender),
        _ => EnglishNumberWords.Spell(number),
    };
}
