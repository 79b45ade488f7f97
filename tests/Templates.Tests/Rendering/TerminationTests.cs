using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class TerminationTests
{
    private const string Nbsp = "\u00A0";
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void Refund_is_printed_in_figures_and_words_with_the_rule()
    {
        var text = ModelText.Of(_renderer.Build(SampleDocuments.Context().WithTermination(paid: 200_000m), DocumentKind.Termination)).Replace(Nbsp, " ");

        Assert.Contains("прекращается 12.03.2026", text);
        Assert.Contains("1 | Передача заказов | 1 | 120 000,00", text);
        Assert.DoesNotContain("Отчёт по продажам", text);
        Assert.Contains("Стоимость переданных опций: 180 000,00 (сто восемьдесят тысяч) рублей 00 копеек", text);
        Assert.Contains("уплачено по Договору: 200 000,00 (двести тысяч) рублей 00 копеек", text);
        Assert.Contains("Исполнитель возвращает Заказчику 20 000,00 (двадцать тысяч) рублей 00 копеек", text);
        Assert.Contains("за переданные опции средства не возвращаются", text);
    }

    [Fact]
    public void Amount_still_owed_is_printed_when_less_was_paid()
    {
        var text = ModelText.Of(_renderer.Build(SampleDocuments.Context().WithTermination(paid: 135_000m), DocumentKind.Termination)).Replace(Nbsp, " ");

        Assert.Contains("Заказчик доплачивает Исполнителю за переданные опции 45 000,00 (сорок пять тысяч) рублей 00 копеек", text);
        Assert.DoesNotContain("возвращает Заказчику", text);
    }

    [Fact]
    public void Termination_needs_a_statement()
    {
        Assert.Throws<ArgumentException>(() => _renderer.Build(SampleDocuments.Context(), DocumentKind.Termination));
    }

    [Fact]
    public void Full_set_lists_an_act_per_stage_and_termination_only_when_set()
    {
        var plain = DocumentRenderer.Kinds(SampleDocuments.Context()).Select(k => k.Value);
        var terminated = DocumentRenderer.Kinds(SampleDocuments.Context().WithTermination()).Select(k => k.Value);

        Assert.Equal(["contract", "specification", "acceptance", "act-s1", "act-s2"], plain);
        Assert.Equal(["contract", "specification", "acceptance", "act-s1", "act-s2", "termination"], terminated);
    }
}
