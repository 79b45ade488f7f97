using HandlebarsDotNet;

namespace DocFlow.Templates.Building;

/// <summary>
/// The few helpers templates need to choose wording: (eq a "b"), (ne a "b"), and the noun form for a number:
/// {{plural n "день" "дня" "дней"}} by the Slavic rule (1, 21 день; 2–4, 22 дня; 5–20, 25 дней) or
/// {{plural n "day" "days"}} by the English rule (1 day, any other number days).
/// </summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars environment)
    {
        environment.RegisterHelper("eq", (context, arguments) => Same(arguments));
        environment.RegisterHelper("ne", (context, arguments) => !Same(arguments));
        environment.RegisterHelper("plural", (context, arguments) => Plural(arguments));
    }

    private static bool Same(Arguments arguments) =>
        arguments.Length == 2 && string.Equals(arguments[0]?.ToString(), arguments[1]?.ToString(), StringComparison.Ordinal);

    private static object Plural(Arguments arguments)
    {
        if (arguments.Length is < 3 or > 4 || !long.TryParse(arguments[0]?.ToString(), out var n)) return string.Empty;
        if (arguments.Length == 3) return (n == 1 ? arguments[1] : arguments[2])?.ToString() ?? string.Empty;
        var form = (n % 100) is >= 11 and <= 14 ? 3 : (n % 10) switch { 1 => 1, 2 or 3 or 4 => 2, _ => 3 };
        return arguments[form]?.ToString() ?? string.Empty;
    }
}
