namespace DocFlow.Agreements.Money.Words;

/// <summary>
/// Whole numbers in English words, US style: no "and", hyphenated tens —
/// 2 001 021 → "two million one thousand twenty-one".
/// </summary>
internal static class EnglishNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Spell(long number)
    {
        if (number == 0) return Units[0];
        var parts = new List<string>();
        AddGroup(parts, number / 1_000_000_000 % 1000, "billion");
        AddGroup(parts, number / 1_000_000 % 1000, "million");
        AddGroup(parts, number / 1000 % 1000, "thousand");
        AddTriple(parts, number % 1000);
        return string.Join(' ', parts);
    }

    private static void AddGroup(List<string> parts, long count, string scale)
    {
        if (count == 0) return;
        AddTriple(parts, count);
        parts.Add(scale);
    }

    private static void AddTriple(List<string> parts, long triple)
    {
        if (triple >= 100)
        {
            parts.Add(Units[triple / 100]);
            parts.Add("hundred");
        }
        var rest = triple % 100;
        if (rest == 0) return;
        parts.Add(rest < 20 ? Units[rest] : rest % 10 == 0 ? Tens[rest / 10] : $"{Tens[rest / 10]}-{Units[rest % 10]}");
    }
}
