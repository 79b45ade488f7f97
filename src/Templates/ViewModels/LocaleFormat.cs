using System.Globalization;
using DocFlow.Agreements.Model;
using DocFlow.Agreements.Money;

namespace DocFlow.Templates.ViewModels;

/// <summary>
/// Figures and dates as a locale prints them: dates dd.MM.yyyy (ru, uk) or ISO yyyy-MM-dd (en, unambiguous for
/// every English-speaking reader); money via MoneyFormat; hours and percents without trailing zeros.
/// </summary>
public sealed class LocaleFormat(Locale locale, string currency)
{
    public Locale Locale { get; } = locale;

    public string Date(DateOnly date) => Locale == Locale.En
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string Money(decimal amount) => MoneyFormat.Format(amount, Locale);

    public string Words(decimal amount) => AmountInWords.Format(amount, currency, Locale);

    public string Number(decimal value)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return Locale == Locale.En ? text : text.Replace('.', ',');
    }

    public string? Number(decimal? value) => value is null ? null : Number(value.Value);

    /// <summary>BCP 47 tag of the documents' language.</summary>
    public string Language => Locale switch
    {
        Locale.Ru => "ru-RU",
        Locale.Uk => "uk-UA",
        _ => "en-GB",
    };

    /// <summary>The lower-case name of a locale, which is also its template folder.</summary>
    public static string Folder(Locale locale) => locale.ToString().ToLowerInvariant();

    /// <summary>Enum value as the data contract spells it ("per-stage"), for the templates to translate.</summary>
    public static string Code<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
