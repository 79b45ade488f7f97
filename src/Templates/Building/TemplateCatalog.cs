using System.Collections.Concurrent;
using System.Reflection;
using DocFlow.Agreements.Model;
using DocFlow.Templates.Markdown;
using DocFlow.Templates.ViewModels;
using HandlebarsDotNet;

namespace DocFlow.Templates.Building;

/// <summary>
/// The Handlebars templates embedded under Text/{locale}/: documents ("contract.md.hbs") and partials (files whose
/// name starts with "_", used as {{> name}}). One Handlebars environment per locale, compiled on first use and kept
/// for the life of the catalog (thread-safe), with Markdown escaping instead of HTML escaping. A partial's final
/// line break is dropped, so a partial can fill a table cell.
/// </summary>
public sealed class TemplateCatalog
{
    private const string Prefix = "DocFlow.Templates.Text.";
    private const string Extension = ".md.hbs";
    private static readonly Assembly Assembly = typeof(TemplateCatalog).Assembly;

    private readonly ConcurrentDictionary<Locale, Lazy<LocaleTemplates>> _locales = new();

    /// <summary>The documents every locale must have.</summary>
    public static IReadOnlyList<string> DocumentNames { get; } = ["contract", "specification", "acceptance", "act", "termination"];

    /// <summary>Every embedded template as "ru/contract.md.hbs".</summary>
    public static IReadOnlyList<string> ResourceNames() =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The Markdown a document template produces for this view model.</summary>
    public string Render(Locale locale, string document, DocumentViewModel model) =>
        _locales.GetOrAdd(locale, l => new Lazy<LocaleTemplates>(() => Load(l))).Value.Render(document, model);

    private static LocaleTemplates Load(Locale locale)
    {
        var folder = LocaleFormat.Folder(locale) + "/";
        var environment = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new MarkdownTextEncoder() });
        TemplateHelpers.Register(environment);
        var documents = new Dictionary<string, HandlebarsTemplate<object, object>>();
        foreach (var name in ResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)))
        {
            var file = name[folder.Length..];
            if (!file.EndsWith(Extension, StringComparison.Ordinal)) continue;
            var key = file[..^Extension.Length];
            if (key.StartsWith('_')) environment.RegisterTemplate(key[1..], Read(name).TrimEnd('\r', '\n'));
            else documents[key] = null!;
        }
        // Partials first, so every document compiles against all of them.
        foreach (var key in documents.Keys.ToList()) documents[key] = environment.Compile(Read(folder + key + Extension));
        return new LocaleTemplates(locale, documents);
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class LocaleTemplates(Locale locale, IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> documents)
    {
        public string Render(string document, DocumentViewModel model) =>
            documents.TryGetValue(document, out var template)
                ? template(model)
                : throw new InvalidOperationException($"No template '{document}' for locale {locale}.");
    }
}
