namespace DocFlow.Agreements.Money.Words;

/// <summary>The words Russian and Ukrainian build numbers from; both count the same way, only the words differ.</summary>
internal sealed record SlavicVocabulary
{
    public required string Zero { get; init; }
    /// <summary>0–19, masculine; index 0 unused.</summary>
    public required string[] Units { get; init; }
    public required string OneFeminine { get; init; }
    public required string TwoFeminine { get; init; }
    /// <summary>Index 2–9: 20, 30, … 90.</summary>
    public required string[] Tens { get; init; }
    /// <summary>Index 1–9: 100, 200, … 900.</summary>
    public required string[] Hundreds { get; init; }
    public required UnitForms Thousand { get; init; }
    public required UnitForms Million { get; init; }
    public required UnitForms Billion { get; init; }

    public static SlavicVocabulary Russian { get; } = new()
    {
        Zero = "ноль",
        Units =
        [
            "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
            "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
            "восемнадцать", "девятнадцать",
        ],
        OneFeminine = "одна",
        TwoFeminine = "две",
        Tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"],
        Hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"],
        Thousand = new("тысяча", "тысячи", "тысяч", Gender.Feminine),
        Million = new("миллион", "миллиона", "миллионов"),
        Billion = new("миллиард", "миллиарда", "миллиардов"),
    };

    public static SlavicVocabulary Ukrainian { get; } = new()
    {
        Zero = "нуль",
        Units =
        [
            "", "один", "два", "три", "чотири", "п’ять", "шість", "сім", "вісім", "дев’ять", "десять",
            "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п’ятнадцять", "шістнадцять", "сімнадцять",
            "вісімнадцять", "дев’ятнадцять",
        ],
        OneFeminine = "одна",
        TwoFeminine = "дві",
        Tens = ["", "", "двадцять", "тридцять", "сорок", "п’ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев’яносто"],
        Hundreds = ["", "сто", "двісті", "триста", "чотириста", "п’ятсот", "шістсот", "сімсот", "вісімсот", "дев’ятсот"],
        Thousand = new("тисяча", "тисячі", "тисяч", Gender.Feminine),
        Million = new("мільйон", "мільйони", "мільйонів"),
        Billion = new("мільярд", "мільярди", "мільярдів"),
    };
}
