using DocFlow.Templates.Model;

namespace DocFlow.Templates.Tests.Pdf;

/// <summary>Hand-built document models for the PDF writer tests: no templates, no agreements.</summary>
public static class PdfModels
{
    public const string PageFormat = "Page {0} of {1}";

    public static DocumentInfo Info(string title = "Integration Agreement No. 42/2026") => new()
    {
        Title = title,
        Subject = "CRM integration services",
        Author = "ООО «Подрядчик»",
        Language = "ru-RU",
        HeaderText = "Договор № 42/2026 от 01.03.2026",
        FooterText = "Agreement 42/2026 · version 0123abcd",
        PageNumberFormat = PageFormat,
    };

    public static DocumentModel Document(params Block[] blocks) => new(Info(), blocks);

    public static Paragraph Para(string text, TextAlign align = TextAlign.Justify) => new([new Inline(text)], align);

    public static Heading Title(string text) => new(1, [new Inline(text)]);

    public static Heading Section(string number, string text) => new(2, [new Inline(text)], number);

    public static Clause Clause(string number, string text, int level = 1) => new(number, level, [new Inline(text)]);

    /// <summary>About ten lines of body text at the A4 text width.</summary>
    public static string Filler(int sentences = 8) => string.Join(" ", Enumerable.Range(1, sentences).Select(i =>
        $"Sentence {i} of the filler says that the Contractor shall perform the integration works with due care and skill."));

    public static Table Table(int rows, int headerRows = 1) => new(
        [new TableColumn(1), new TableColumn(5), new TableColumn(2, TextAlign.Right)],
        [
            new TableRow([Cell("No."), Cell("Option"), Cell("Price")]),
            .. Enumerable.Range(1, rows).Select(i => new TableRow([Cell($"{i}"), Cell($"Option number {i} of the integration"), Cell($"{i * 1000:N0}.00")])),
        ],
        headerRows);

    public static TableCell Cell(string text, int span = 1) => new([new Inline(text)], span);

    public static SignatureBlock Signatures() => new([
        new SignatureParty("Contractor", "ООО «Подрядчик»", ["119021, Москва, ул. Льва Толстого, д. 16", "ИНН 7701234567", "р/с 40702810900000000001"], "Генеральный директор ____________ / И. Петров /"),
        new SignatureParty("Client", "ООО «Заказчик»", ["191186, Санкт-Петербург, Невский пр., д. 1", "ИНН 7709876543", "р/с 40702810900000000002"], "Директор ____________ / А. Смирнова /"),
    ]);

    /// <summary>A contract-like document of every block type, for looking at and for end-to-end checks.</summary>
    public static DocumentModel Contract() => Document(
        Title("ДОГОВОР № 42/2026 на выполнение работ по интеграции CRM"),
        new Paragraph([new Inline("г. Москва"), new Inline("\n"), new Inline("01 марта 2026 г.", Italic: true)], TextAlign.Right),
        new Paragraph([new Inline("ООО «Подрядчик»", Bold: true), new Inline(" (далее — «Исполнитель») и "), new Inline("ООО «Заказчик»", Bold: true), new Inline(" (далее — «Заказчик») заключили настоящий договор о нижеследующем. Текст содержит символы < > & \" ' « » ’ ё і ї є ґ.")]),
        Section("1.", "Предмет договора"),
        Clause("1.1.", "Исполнитель обязуется выполнить работы по интеграции CRM-системы Заказчика с его учётной системой, а Заказчик обязуется принять и оплатить результат работ в порядке и сроки, установленные настоящим договором."),
        Clause("1.1.1.", "Состав работ определяется Спецификацией (Приложение № 1), которая является неотъемлемой частью договора.", 2),
        Clause("1.2.", "Сроки выполнения работ: с 01.03.2026 по 30.06.2026 включительно."),
        new ListBlock(false, [[new Inline("анализ требований;")], [new Inline("разработка и настройка интеграции;")], [new Inline("приёмочные испытания.")]]),
        new ListBlock(true, [[new Inline("first item")], [new Inline("second item")]]),
        Section("2.", "Стоимость работ"),
        new Heading(3, [new Inline("2.1. Calculation")]),
        Table(12),
        new Table([new TableColumn(3), new TableColumn(1, TextAlign.Right)], [
            new TableRow([Cell("Item"), Cell("Amount")]),
            new TableRow([Cell("Stage 1", 2)]),
            new TableRow([Cell("Analysis"), Cell("100 000,00")]),
            new TableRow([Cell("Total"), Cell("270 000,00")], Emphasis: true),
        ]),
        Para(Filler()),
        Section("3.", "Подписи сторон"),
        Signatures());
}
