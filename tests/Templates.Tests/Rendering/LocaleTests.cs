using DocFlow.Agreements.Model;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class LocaleTests
{
    private readonly DocumentRenderer _renderer = new();

    private string Text(Locale locale, DocumentKind kind, Func<Agreement, Agreement>? change = null) =>
        ModelText.Of(_renderer.Build(SampleDocuments.Context(locale, change).WithTermination(), kind));

    [Fact]
    public void Ukrainian_contract_speaks_of_Vykonavets_and_Zamovnyk_with_the_real_apostrophe()
    {
        var text = Text(Locale.Uk, DocumentKind.Contract);

        Assert.Contains("Виконавець зобов’язується виконати роботи", text);
        Assert.Contains("Замовник", text);
        Assert.Contains("ПДВ 20 %", text);
        Assert.Contains("Виконавець: Иван Петров, contractor@example.com", text);
        Assert.DoesNotContain("Исполнитель", text);
        Assert.DoesNotContain("зобов'яз", text);
    }

    [Fact]
    public void Ukrainian_and_english_say_when_vat_does_not_apply()
    {
        Assert.Contains("Без ПДВ", Text(Locale.Uk, DocumentKind.Contract, a => a with { Vat = null }));
        Assert.Contains("VAT not applicable", Text(Locale.En, DocumentKind.Contract, a => a with { Vat = null }));
    }

    [Fact]
    public void English_uses_iso_dates_and_grouped_figures()
    {
        var text = Text(Locale.En, DocumentKind.Act("s1"));

        Assert.Contains("for the period from 2026-03-02 to 2026-03-11", text);
        Assert.Contains("| Total including VAT |  | 180,000.00", text);
        Assert.Contains("180,000.00 (one hundred eighty thousand)", text);
    }

    [Fact]
    public void English_contract_has_the_e_signature_clause_and_ten_sections()
    {
        var model = _renderer.Build(SampleDocuments.Context(Locale.En), DocumentKind.Contract);
        var text = ModelText.Of(model);

        Assert.Equal(10, model.Blocks.OfType<Heading>().Count(h => h.Number is not null));
        Assert.Contains("9.1. The Parties agree that signing", text);
        Assert.Contains("simple electronic signature", text);
        Assert.Contains("a reminder every 2 working days", text);
        Assert.Contains("Within 3 working days of receiving the act", text);
    }

    [Theory]
    [InlineData(Locale.Uk, "Виконавець повертає Замовникові 20 000,00 (двадцять тисяч) гривень 00 копійок")]
    [InlineData(Locale.En, "The Contractor refunds to the Client 20,000.00 (twenty thousand)")]
    public void Termination_refund_in_words_in_each_language(Locale locale, string expected)
    {
        Assert.Contains(expected, Text(Locale.Ru == locale ? locale : locale, DocumentKind.Termination).Replace("\u00A0", " "));
    }
}
