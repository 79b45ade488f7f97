using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class ActTests
{
    private const string Nbsp = "\u00A0";
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void Act_is_numbered_after_the_contract_and_dated_by_the_stage_end()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Act("s2"));

        Assert.Equal("Акт № 42/2026-2", model.Info.Title);
        Assert.Equal("Договор № 42/2026 от 01.03.2026 · Акт № 42/2026-2 от 17.03.2026", model.Info.HeaderText);
    }

    [Fact]
    public void Act_date_comes_from_the_context_when_given()
    {
        var context = SampleDocuments.Context() with { ActDate = new DateOnly(2026, 3, 20) };

        var text = ModelText.Of(_renderer.Build(context, DocumentKind.Act("s1")));

        Assert.Contains("Москва, 20.03.2026", text);
    }

    [Fact]
    public void Act_lists_only_its_stage_options_with_totals_in_figures_and_words()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Act("s1"));
        var text = ModelText.Of(model);

        Assert.Contains($"1 | Передача заказов | 40 | 100{Nbsp}000,00", text);
        Assert.Contains($"2 | Импорт клиентов | 20 | 50{Nbsp}000,00", text);
        Assert.DoesNotContain("Отчёт по продажам", text);
        Assert.Contains($" | Всего с НДС |  | 180{Nbsp}000,00", text);
        Assert.Contains("180 000,00 (сто восемьдесят тысяч) рублей 00 копеек", text.Replace(Nbsp, " "));
        Assert.Contains($"в том числе НДС 20 % — 30{Nbsp}000,00 RUB", text);
        Assert.Contains("за период с 02.03.2026 по 11.03.2026", text);
        Assert.Contains("сценарий 1.1 «Сценарий o1»", text);
        Assert.DoesNotContain("сценарий 3.1", text);
        Assert.Contains("претензий по объёму, качеству и срокам", text);
        Assert.Contains("5. Если в течение 3 рабочих дней", text);
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], model.Blocks.OfType<Clause>().Select(c => c.Number));
    }

    [Fact]
    public void Act_of_an_unknown_stage_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _renderer.Build(SampleDocuments.Context(), DocumentKind.Act("nope")));
    }
}
