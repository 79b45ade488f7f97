using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money.Words;

/// <summary>
/// Currency names per language. Invariant words (тенге, евро/євро, тиын) do not change with the count; евро/євро
/// counts as masculine («один евро»), as the orthographic dictionaries give it.
/// </summary>
internal static class CurrencyCatalog
{
    private static readonly UnitForms KopeckRu = new("копейка", "копейки", "копеек", Gender.Feminine);
    private static readonly UnitForms KopeckUk = new("копійка", "копійки", "копійок", Gender.Feminine);
    private static readonly UnitForms CentRu = new("цент", "цента", "центов");
    private static readonly UnitForms CentUk = new("цент", "центи", "центів");
    private static readonly UnitForms CentEn = UnitForms.English("cent", "cents");

    private static readonly IReadOnlyDictionary<(string, Locale), CurrencyNames> Names = new Dictionary<(string, Locale), CurrencyNames>
    {
        [("RUB", Locale.Ru)] = new(new("рубль", "рубля", "рублей"), KopeckRu),
        [("RUB", Locale.Uk)] = new(new("рубль", "рублі", "рублів"), KopeckUk),
        [("RUB", Locale.En)] = new(UnitForms.English("Russian rouble", "Russian roubles"), UnitForms.English("kopeck", "kopecks")),

        [("UAH", Locale.Ru)] = new(new("гривна", "гривны", "гривен", Gender.Feminine), KopeckRu),
        [("UAH", Locale.Uk)] = new(new("гривня", "гривні", "гривень", Gender.Feminine), KopeckUk),
        [("UAH", Locale.En)] = new(UnitForms.English("Ukrainian hryvnia", "Ukrainian hryvnias"), UnitForms.English("kopiyka", "kopiykas")),

        [("KZT", Locale.Ru)] = new(UnitForms.Invariant("тенге"), UnitForms.Invariant("тиын")),
        [("KZT", Locale.Uk)] = new(UnitForms.Invariant("тенге"), UnitForms.Invariant("тиїн")),
        [("KZT", Locale.En)] = new(UnitForms.Invariant("Kazakhstani tenge"), UnitForms.Invariant("tiyn")),

        [("USD", Locale.Ru)] = new(new("доллар США", "доллара США", "долларов США"), CentRu),
        [("USD", Locale.Uk)] = new(new("долар США", "долари США", "доларів США"), CentUk),
        [("USD", Locale.En)] = new(UnitForms.English("US dollar", "US dollars"), CentEn),

        [("EUR", Locale.Ru)] = new(UnitForms.Invariant("евро"), new("евроцент", "евроцента", "евроцентов")),
        [("EUR", Locale.Uk)] = new(UnitForms.Invariant("євро"), new("євроцент", "євроценти", "євроцентів")),
        [("EUR", Locale.En)] = new(UnitForms.English("euro", "euros"), CentEn),
    };

    public static CurrencyNames? Find(string currency, Locale locale) =>
        Names.GetValueOrDefault((currency.ToUpperInvariant(), locale));
}
