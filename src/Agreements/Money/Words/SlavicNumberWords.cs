using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money.Words;

/// <summary>
/// Whole numbers in Russian or Ukrainian words, "one" and "two" agreeing with the counted noun:
/// 2 001 021 → «два миллиона одна тысяча двадцать один». Thousands are always spelled with their count
/// («одна тысяча»), as contracts write them.
/// </summary>
internal sealed class SlavicNumberWords(SlavicVocabulary words, Locale locale)
{
    public string Spell(long number, Gender gender)
    {
        if (number == 0) return words.Zero;
        var parts = new List<string>();
        AddGroup(parts, number / 1_000_000_000 % 1000, words.Billion);
        AddGroup(parts, number / 1_000_000 % 1000, words.Million);
        AddGroup(parts, number / 1000 % 1000, words.Thousand);
        AddTriple(parts, number % 1000, gender);
        return string.Join(' ', parts);
    }

    private void AddGroup(List<string> parts, long count, UnitForms scale)
    {
        if (count == 0) return;
        AddTriple(parts, count, scale.Gender);
        parts.Add(scale.For(count, locale));
    }

    private void AddTriple(List<string> parts, long triple, Gender gender)
    {
        if (triple >= 100) parts.Add(words.Hundreds[triple / 100]);
        var rest = triple % 100;
        if (rest >= 20)
        {
            parts.Add(words.Tens[rest / 10]);
            rest %= 10;
        }
        if (rest > 0) parts.Add(Unit(rest, gender));
    }

    private string Unit(long unit, Gender gender) => (unit, gender) switch
    {
        (1, Gender.Feminine) => words.OneFeminine,
        (2, Gender.Feminine) => words.TwoFeminine,
        _ => words.Units[unit],
    };
}
