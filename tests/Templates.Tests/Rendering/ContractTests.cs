using DocFlow.Agreements.Model;
using DocFlow.Templates.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;

namespace DocFlow.Templates.Tests.Rendering;

public sealed class ContractTests
{
    private const string Nbsp = "\u00A0";
    private readonly DocumentRenderer _renderer = new();

    private string Text(DocumentContext context) => ModelText.Of(_renderer.Build(context, DocumentKind.Contract));

    [Fact]
    public void Russian_contract_has_ten_numbered_sections_ending_with_parties_details()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Contract);

        var sections = model.Blocks.OfType<Heading>().Where(h => h.Level == 2).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"{n}."), sections.Select(s => s.Number));
        Assert.Equal("Электронная подпись", ModelText.Runs(sections[8].Text));
        Assert.Equal("Реквизиты и подписи Сторон", ModelText.Runs(sections[9].Text));
        Assert.IsType<SignatureBlock>(model.Blocks[^1]);
    }

    [Fact]
    public void Price_section_prints_total_in_words_vat_and_the_payment_schedule()
    {
        var text = Text(SampleDocuments.Context());

        Assert.Contains("2.1. Общая стоимость работ по Договору составляет 270 000,00 (двести семьдесят тысяч) рублей 00 копеек", text);
        Assert.Contains($"2.1.1. Стоимость работ без НДС — 225{Nbsp}000,00 RUB", text);
        Assert.Contains($"2.1.2. НДС 20 %, начисляемый сверх стоимости работ, — 45{Nbsp}000,00 RUB", text);
        Assert.Contains($"1 | 135{Nbsp}000,00 | подписание Договора | 5 раб. дн.", text);
        Assert.Contains($"2 | 135{Nbsp}000,00 | подписание итогового акта | 5 раб. дн.", text);
        Assert.Contains($"предоплату в размере 50 %", text);
        Assert.Contains($"22{Nbsp}500,00 RUB", text);
        Assert.Contains($"Лицензия CRM: 3{Nbsp}000,00 RUB, ежемесячно; оплачивает Заказчик", text);
    }

    [Fact]
    public void Without_vat_the_contract_says_so()
    {
        var text = Text(SampleDocuments.Context(change: a => a with { Vat = null }));

        Assert.Contains("Без НДС", text);
        Assert.DoesNotContain("НДС 20", text);
    }

    [Fact]
    public void Terms_acceptance_support_and_liability_print_their_numbers()
    {
        var context = SampleDocuments.Context(change: a => a with
        {
            Terms = a.Terms with { AutoAcceptWorkingDays = 4, ClientMaterialsWorkingDays = 6, ReminderEveryWorkingDays = 3, ResumeNoticeDays = 11, SupportMonths = 5 },
        });

        var text = Text(context);

        Assert.Contains("Работы начинаются 02.03.2026 и завершаются не позднее 17.03.2026", text);
        Assert.Contains("3.1.1. этап 1 «Интеграция» — с 02.03.2026 по 11.03.2026", text);
        Assert.Contains("в течение 6 рабочих дней с даты запроса", text);
        Assert.Contains("каждые 3 рабочих дня", text);
        Assert.Contains("не менее чем за 11 календарных дней", text);
        Assert.Contains("В течение 4 рабочих дней с даты получения акта", text);
        Assert.Contains("В течение 5 месяцев после приёмки", text);
        Assert.Contains("критическое обращение — не более 4 ч", text);
        Assert.Contains("не является сроком устранения", text);
        Assert.Contains("0,1 % от стоимости просроченного обязательства", text);
        Assert.Contains("но не более 10 % общей стоимости работ", text);
        Assert.Contains("Гарантия возврата денег", text);
    }

    [Fact]
    public void Penalty_and_money_back_clauses_disappear_when_not_agreed()
    {
        var text = Text(SampleDocuments.Context(change: a => a with { Terms = new Terms() }));

        Assert.DoesNotContain("Гарантия возврата денег", text);
        Assert.Contains("Неустойка за просрочку Договором не устанавливается", text);
    }

    [Fact]
    public void Electronic_signature_clause_names_the_signers_emails()
    {
        var text = Text(SampleDocuments.Context());

        Assert.Contains("9.1. Стороны договорились", text);
        Assert.Contains("простой электронной подписью", text);
        Assert.Contains("Исполнитель: Иван Петров, contractor@example.com", text);
        Assert.Contains("Заказчик: Анна Смирнова, client@example.com", text);
    }

    [Fact]
    public void Signature_block_carries_legal_name_details_and_signer_line()
    {
        var model = _renderer.Build(SampleDocuments.Context(), DocumentKind.Contract);

        var contractor = model.Blocks.OfType<SignatureBlock>().Single().Parties[0];
        Assert.Equal("Исполнитель", contractor.Caption);
        Assert.Equal("ООО «Подрядчик»", contractor.Name);
        Assert.Contains("ИНН: 7701234567", contractor.Details);
        Assert.Contains("Р/с: 40702810000000000001", contractor.Details);
        Assert.Contains("БИК: 044525225", contractor.Details);
        Assert.Equal("Генеральный директор _______________ / Иван Петров /", contractor.SignerLine);
    }

    [Fact]
    public void Running_texts_carry_number_date_and_short_fingerprint()
    {
        var info = _renderer.Build(SampleDocuments.Context(), DocumentKind.Contract).Info;

        Assert.Equal("Договор № 42/2026", info.Title);
        Assert.Equal("Договор № 42/2026 от 01.03.2026", info.HeaderText);
        Assert.Equal("№ 42/2026 · 0123abcd", info.FooterText);
        Assert.Equal("Страница {0} из {1}", info.PageNumberFormat);
        Assert.Equal("ООО «Подрядчик»", info.Author);
        Assert.Equal("ru-RU", info.Language);
    }
}
