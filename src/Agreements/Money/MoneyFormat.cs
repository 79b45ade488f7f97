using System.Globalization;
using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money;

/// <summary>Figures as each language prints them: «150 000,00» (ru, uk; no-break space), "150,000.00" (en).</summary>
/// <remarks>Fixed separators rather than the machine's culture data, so a document reads the same wherever it is made.</remarks>
public static class MoneyFormat
{
    private static readonly NumberFormatInfo Slavic = Create(groupSeparator: "\u00A0", decimalSeparator: ",");
    private static readonly NumberFormatInfo English = Create(groupSeparator: ",", decimalSeparator: ".");

    /// <summary>The amount rounded to cents (midpoint away from zero) with grouped thousands.</summary>
    public static string Format(decimal amount, Locale locale) =>
        Cents.Round(amount).ToString("N2", locale == Locale.En ? English : Slavic);

    private static NumberFormatInfo Create(string groupSeparator, string decimalSeparator)
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = groupSeparator;
        format.NumberDecimalSeparator = decimalSeparator;
        format.NumberGroupSizes = [3];
        format.NumberNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(format);
    }
}
