using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money;

/// <summary>
/// «150 000,00 (сто пятьдесят тысяч) рублей 00 копеек», «… гривень …», "150,000.00 (one hundred fifty thousand) US dollars 00 cents".
/// </summary>
public static class AmountInWords
{
    public static string Format(decimal amount, string currency, Locale locale) => throw new NotImplementedException();
}
