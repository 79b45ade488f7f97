using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class AppendixTests
{
    private const string Nbsp = "\u00A0";
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void Specification_lists_every_option_with_stage_subtotals_vat_and_total()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Specification);
        var options = model.Blocks.OfType<Table>().First();
        var rows = options.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => ModelText.Runs(c.Text)))).ToList();

        Assert.Contains($"1 | Передача заказов | Описание o1 | 1 | 40 | 100{Nbsp}000,00 | 06.03.2026 | 2", rows);
        Assert.Contains($"3 | Отчёт по продажам | Описание o3 | 2 | 30 | 75{Nbsp}000,00 | 17.03.2026 | 2", rows);
        Assert.Contains($" | Итого по этапу 1 |  |  | 60 | 150{Nbsp}000,00 | 11.03.2026 | ", rows);
        Assert.Contains($" | НДС 20 % |  |  |  | 45{Nbsp}000,00 |  | ", rows);
        Assert.Contains($" | Всего с НДС |  |  |  | 270{Nbsp}000,00 |  | ", rows);
        Assert.True(options.Rows.Single(r => ModelText.Runs(r.Cells[1].Text) == "Итого по этапу 1").Emphasis);
        Assert.False(options.Rows.Single(r => ModelText.Runs(r.Cells[1].Text) == "Передача заказов").Emphasis);
    }

    [Fact]
    public void Specification_prints_scope_exclusions_costs_reserve_and_refund_tables()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Specification);
        var text = ModelText.Of(model);

        Assert.Contains("Заказы с сайта попадают в CRM без ручного ввода.", text);
        Assert.Contains("Менеджеры переносят заказы вручную.", text);
        Assert.Contains("Заказы в CRM за минуту", text);
        Assert.Contains("Мобильное приложение", text);
        Assert.Contains($"Лицензия CRM: 3{Nbsp}000,00 RUB, ежемесячно", text);
        Assert.Contains($"10 % — 22{Nbsp}500,00 RUB", text);
        Assert.Contains($"2 | Импорт клиентов | 60{Nbsp}000,00", text);
        Assert.Contains($"1. Интеграция | 11.03.2026 | 180{Nbsp}000,00", text);
        Assert.Contains($"2. Отчёты | 17.03.2026 | 270{Nbsp}000,00", text);
        Assert.Equal("Договор № 42/2026 от 01.03.2026 · Приложение № 1", model.Info.HeaderText);
        Assert.Equal(2, model.Blocks.OfType<SignatureBlock>().Single().Parties.Count);
    }

    [Fact]
    public void Acceptance_gives_each_scenario_its_steps_expectations_and_result_columns()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Acceptance);
        var text = ModelText.Of(model);

        Assert.Contains("Сценарий 3.1. Сценарий o3", text);
        Assert.Contains("Есть доступ o2", text);
        var steps = model.Blocks.OfType<ListBlock>().Where(l => l.Ordered).ToList();
        Assert.Equal(3, steps.Count);
        Assert.Equal(["Шаг первый o1", "Шаг второй o1"], steps[0].Items.Select(ModelText.Runs));
        Assert.Contains("Результат o3", text);
        var results = model.Blocks.OfType<Table>().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, t => Assert.Equal(["Пройден", "Не пройден", "Замечания"], t.Rows[0].Cells.Select(c => ModelText.Runs(c.Text))));
        Assert.All(results, t => Assert.Equal(2, t.Rows.Count));
        Assert.Equal("Договор № 42/2026 от 01.03.2026 · Приложение № 2", model.Info.HeaderText);
    }
}
