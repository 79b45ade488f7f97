using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Money.Words;

/// <summary>The three forms of a counted noun and its gender; English uses One and Many only.</summary>
internal sealed record UnitForms(string One, string Few, string Many, Gender Gender = Gender.Masculine)
{
    /// <summary>A word that does not change with the count: тенге, евро, євро.</summary>
    public static UnitForms Invariant(string word, Gender gender = Gender.Masculine) => new(word, word, word, gender);

    public static UnitForms English(string one, string many) => new(one, many, many);

    public string For(long count, Locale locale) => Plural.Of(count, locale) switch
    {
        PluralForm.One => One,
        PluralForm.Few => Few,
        _ => Many,
    };
}
