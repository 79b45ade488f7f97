namespace DocFlow.Agreements.Tests.Properties;

/// <summary>Words back to a number: adds up values, multiplying what came before by each scale word.</summary>
public sealed class NumberWordsParser(IReadOnlyDictionary<string, long> values, IReadOnlyDictionary<string, long> scales)
{
    public long Parse(string words)
    {
        long total = 0, group = 0;
        foreach (var token in words.Split(' ', '-'))
        {
            if (scales.TryGetValue(token, out var scale))
            {
                total += group * scale;
                group = 0;
            }
            else if (token == "hundred") group *= 100;
            else group += values.TryGetValue(token, out var value) ? value : throw new FormatException($"Unknown word \"{token}\" in \"{words}\"");
        }
        return total + group;
    }

    public static NumberWordsParser Russian { get; } = new(
        Values("ноль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
            [0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
            "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
            "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"),
        Scales(("тысяча тысячи тысяч", 1000), ("миллион миллиона миллионов", 1_000_000), ("миллиард миллиарда миллиардов", 1_000_000_000)));

    public static NumberWordsParser Ukrainian { get; } = new(
        Values("нуль один одна два дві три чотири п’ять шість сім вісім дев’ять десять одинадцять дванадцять тринадцять чотирнадцять п’ятнадцять шістнадцять сімнадцять вісімнадцять дев’ятнадцять",
            [0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
            "двадцять тридцять сорок п’ятдесят шістдесят сімдесят вісімдесят дев’яносто",
            "сто двісті триста чотириста п’ятсот шістсот сімсот вісімсот дев’ятсот"),
        Scales(("тисяча тисячі тисяч", 1000), ("мільйон мільйони мільйонів", 1_000_000), ("мільярд мільярди мільярдів", 1_000_000_000)));

    public static NumberWordsParser English { get; } = new(
        Values("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
            "twenty thirty forty fifty sixty seventy eighty ninety",
            ""),
        Scales(("thousand", 1000), ("million", 1_000_000), ("billion", 1_000_000_000)));

    private static Dictionary<string, long> Values(string units, long[] unitValues, string tens, string hundreds)
    {
        var map = units.Split(' ').Zip(unitValues).ToDictionary(p => p.First, p => p.Second);
        foreach (var (word, i) in tens.Split(' ').Select((w, i) => (w, i))) map[word] = (i + 2) * 10;
        foreach (var (word, i) in hundreds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => (w, i))) map[word] = (i + 1) * 100;
        return map;
    }

    private static Dictionary<string, long> Scales(params (string Forms, long Value)[] scales) =>
        scales.SelectMany(s => s.Forms.Split(' ').Select(form => (form, s.Value))).ToDictionary(p => p.form, p => p.Value);
}
