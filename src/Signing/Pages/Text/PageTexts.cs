using System.Text.Json;
using DocFlow.Agreements.Model;

namespace DocFlow.Signing.Pages.Text;

/// <summary>Loads the page texts of each locale once; they are read-only after that.</summary>
internal static class PageTexts
{
    private static readonly Lazy<IReadOnlyDictionary<Locale, PageText>> All = new(Load);

    public static PageText For(Locale locale) => All.Value[locale];

    public static IEnumerable<PageText> Every => Enum.GetValues<Locale>().Select(For);

    private static IReadOnlyDictionary<Locale, PageText> Load() =>
        Enum.GetValues<Locale>().ToDictionary(locale => locale, Read);

    private static PageText Read(Locale locale)
    {
        var language = locale.ToString().ToLowerInvariant();
        var name = $"DocFlow.Signing.Pages.Text.{language}.json";
        using var stream = typeof(PageTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
        return new PageText(texts["lang"], texts);
    }
}
