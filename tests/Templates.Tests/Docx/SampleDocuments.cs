using DocFlow.Templates.Model;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>Hand-built document models: one that uses every block type, with text chosen to break naive writers.</summary>
internal static class SampleDocuments
{
    public static readonly string LongWord = new string('Ж', 150) + new string('w', 150);

    public static DocumentInfo Info(string language = "ru-RU") => new()
    {
        Title = "Договор № IT-2026/17 <Title & \"Co\">",
        Subject = "Integration agreement",
        Author = "DocFlow",
        Language = language,
        HeaderText = "Договор № IT-2026/17 от 01.03.2026",
        FooterText = "IT-2026/17 · 3f9a1c2e",
        PageNumberFormat = "Страница {0} из {1}",
    };

    public static DocumentModel EveryBlock() => new(Info(),
    [
        new Heading(1, [new("Договор на интеграцию CRM")]),
        new Paragraph([new("г. Москва"), new("\t01 марта 2026 г.", Italic: true)], TextAlign.Right),
        new Paragraph([new("ООО «Альфа», именуемое "), new("«Заказчик»", Bold: true), new(", и ООО «Бета» заключили договор: a < b > c & d \"q\" 'apos' ’ ёлка.")]),
        new Heading(2, [new("Предмет договора")], "1."),
        new Clause("1.1.", 1, [new("Исполнитель обязуется выполнить работы.")]),
        new Clause("1.2.", 1, [new("Состав работ:")]),
        new Clause("1.2.1.", 2, [new("анализ требований;")]),
        new Clause("1.2.2.", 2, [new("настройка интеграции.")]),
        new ListBlock(false, [[new("первый пункт")], [new("второй пункт")]]),
        new Heading(2, [new("Стоимость и порядок оплаты")], "2."),
        new Clause("2.1.", 1, [new("Стоимость указана в таблице:")]),
        new Table(
            [new TableColumn(1, TextAlign.Center), new TableColumn(5), new TableColumn(2, TextAlign.Right)],
            [
                new TableRow([new TableCell([new("№")]), new TableCell([new("Этап")]), new TableCell([new("Сумма, ₽")])]),
                new TableRow([new TableCell([new("Этап 1")], ColumnSpan: 3)]),
                new TableRow([new TableCell([new("1")]), new TableCell([new(LongWord)]), new TableCell([new("1 200 000,00")])]),
                new TableRow([new TableCell([new("Итого")], ColumnSpan: 2), new TableCell([new("1 200 000,00")])], Emphasis: true),
            ]),
        new ListBlock(true, [[new("аванс")], [new("окончательный расчёт")]]),
        new ListBlock(true, [[new("снова с единицы")]]),
        new Heading(3, [new("Подраздел без номера")]),
        new Paragraph([new("  leading and trailing spaces  ")], TextAlign.Left),
        new PageBreak(),
        new Heading(2, [new("Реквизиты и подписи сторон")]),
        new SignatureBlock(
        [
            new SignatureParty("Заказчик", "ООО «Альфа»", ["ИНН 7701234567", "г. Москва, ул. Тверская, д. 1"], "Генеральный директор ________ / И. Петров /"),
            new SignatureParty("Исполнитель", "ООО «Бета»", ["ИНН 7807654321"], "Директор ________ / А. Сидоров /"),
        ]),
    ]);

    /// <summary>Every inline text of a model, for "nothing was lost" checks.</summary>
    public static IEnumerable<string> Texts(DocumentModel model) => model.Blocks.SelectMany(Texts);

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Heading h => h.Text.Select(i => i.Text),
        Paragraph p => p.Text.Select(i => i.Text),
        Clause c => c.Text.Select(i => i.Text),
        ListBlock l => l.Items.SelectMany(item => item.Select(i => i.Text)),
        Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Text.Select(i => i.Text)),
        SignatureBlock s => s.Parties.SelectMany(p => new[] { p.Caption, p.Name, p.SignerLine }.Concat(p.Details)),
        _ => [],
    };
}
