using System.Globalization;
using System.Text.RegularExpressions;

namespace DocFlow.Signing.Pdf.Writing;

/// <summary>PDF dates: D:YYYYMMDDHHmmSS+HH'mm' (ISO 32000-1 §7.9.4).</summary>
internal static partial class PdfDate
{
    public static string Format(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{time:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }

    public static DateTimeOffset? Parse(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success) return null;
        int Part(string name, int fallback) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = match.Groups["tz"].Value switch
        {
            "+" => new TimeSpan(Part("oh", 0), Part("om", 0), 0),
            "-" => -new TimeSpan(Part("oh", 0), Part("om", 0), 0),
            _ => TimeSpan.Zero,
        };
        return new DateTimeOffset(Part("y", 1), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), offset);
    }

    [GeneratedRegex(@"^D:(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<tz>[+\-Z])?(?<oh>\d{2})?'?(?<om>\d{2})?'?")]
    private static partial Regex DatePattern();
}
