using DocFlow.Agreements.Model;
using DocFlow.Templates.Building;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Building;

public sealed class TemplateCatalogTests
{
    public static TheoryData<string> Locales => ["ru", "uk", "en"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_locale_has_every_document_and_the_same_partials(string locale)
    {
        var names = TemplateCatalog.ResourceNames();

        foreach (var document in TemplateCatalog.DocumentNames) Assert.Contains($"{locale}/{document}.md.hbs", names);
        var partials = names.Where(n => n.StartsWith("ru/_", StringComparison.Ordinal)).Select(n => n[3..]);
        foreach (var partial in partials) Assert.Contains($"{locale}/{partial}", names);
    }

    [Theory]
    [InlineData(Locale.Ru, "ru-RU", "Страница {0} из {1}")]
    [InlineData(Locale.Uk, "uk-UA", "Сторінка {0} з {1}")]
    [InlineData(Locale.En, "en-GB", "Page {0} of {1}")]
    public void Every_document_of_a_full_set_builds_in_every_locale(Locale locale, string language, string pages)
    {
        var context = SampleDocuments.Context(locale).WithTermination();
        var renderer = new DocumentRenderer();

        foreach (var kind in DocumentRenderer.Kinds(context))
        {
            var model = renderer.Build(context, kind);
            Assert.Equal(language, model.Info.Language);
            Assert.Equal(pages, model.Info.PageNumberFormat);
            Assert.EndsWith("0123abcd", model.Info.FooterText);
            Assert.Contains("42/2026", model.Info.HeaderText);
            Assert.NotEmpty(model.Info.Title);
            Assert.IsType<SignatureBlock>(model.Blocks[^1]);
            Assert.DoesNotContain("{{", ModelText.Of(model));
        }
    }
}
