using HandlebarsDotNet;

namespace DocFlow.Templates.Building;

/// <summary>
/// The few helpers templates need to choose wording: (eq a "b"), (ne a "b"), and {{plural n "one" "few" "many"}}
/// for Slavic noun forms (1 день, 2 дня, 5 дней) or English (1 day, 2 days: "few" = "many").
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
        if (arguments.Length != 4 || !long.TryParse(arguments[0]?.ToString(), out var n)) return string.Empty;
        var form = (n % 100) is >= 11 and <= 14 ? 3 : (n % 10) switch { 1 => 1, 2 or 3 or 4 => 2, _ => 3 };
        return arguments[form]?.ToString() ?? string.Empty;
    }
}
