using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money;

/// <summary>Figures as each language prints them: «150 000,00» (ru, uk; no-break space), "150,000.00" (en).</summary>
public static class MoneyFormat
{
    public static string Format(decimal amount, Locale locale) => throw new NotImplementedException();
}
