using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money.Words;

internal static class Plural
{
    public static PluralForm Of(long count, Locale locale) => locale == Locale.En ? English(count) : Slavic(count);

    private static PluralForm English(long count) => count == 1 ? PluralForm.One : PluralForm.Many;

    private static PluralForm Slavic(long count)
    {
        var lastTwo = count % 100;
        var last = count % 10;
        if (lastTwo is >= 11 and <= 14) return PluralForm.Many;
        if (last == 1) return PluralForm.One;
        return last is >= 2 and <= 4 ? PluralForm.Few : PluralForm.Many;
    }
}
