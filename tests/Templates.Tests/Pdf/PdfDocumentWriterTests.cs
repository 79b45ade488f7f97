using DocFlow.Templates.Model;
using DocFlow.Templates.Pdf;
using UglyToad.PdfPig;
using static DocFlow.Templates.Tests.Pdf.PdfModels;

namespace DocFlow.Templates.Tests.Pdf;

public sealed class PdfDocumentWriterTests : IDisposable
{
    // 20 mm margins on A4: the text area runs from 56.69 pt to 595.28 - 56.69 pt.
    private const double TextLeft = 56.69;
    private const double TextRight = 595.28 - 56.69;

    private readonly PdfDocumentWriter _writer = new();

    public void Dispose() => _writer.Dispose();

    [Fact]
    public void Text_extracts_with_cyrillic_and_markup_characters_preserved()
    {
        var text = "ООО «Подрядчик» < > & \" ' « » ’ ё і ї є ґ Ґ";
        var pages = PdfInspection.PageTexts(_writer.Write(Document(Para(text))));
        Assert.Contains(PdfInspection.Squeeze(text), pages[0]);
    }

    [Fact]
    public void Words_keep_their_spaces_in_extracted_text()
    {
        var pdf = _writer.Write(Document(Para(Filler(3))));
        using var document = PdfDocument.Open(pdf);
        Assert.Contains("the Contractor shall perform", document.GetPage(1).Text);
    }

    [Fact]
    public void A_line_in_one_font_is_one_glyph_array_placed_by_one_move()
    {
        // Glyphs sit on the embedded font's own widths (the ones layout measured with), so a word needs no position
        // per glyph, and the gaps between a line's words are numbers in one TJ array: a text object and a move per
        // word made content streams about twice as large.
        using var document = PdfDocument.Open(_writer.Write(Document(Para(Filler(12)))));
        var operations = document.GetPage(1).Operations.Select(o => o.Operator).ToList();
        var page = document.GetPage(1);

        Assert.DoesNotContain("Tj", operations);
        var arrays = Enumerable.Range(0, operations.Count).Where(i => operations[i] == "TJ").ToList();
        Assert.All(arrays, i => Assert.Equal("Td", operations[i - 1]));
        var lines = page.GetWords().Where(w => w.BoundingBox.Bottom > 80 && w.BoundingBox.Top < 760).Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        Assert.InRange(arrays.Count, lines, lines + 4);
        Assert.Equal(1, operations.Count(o => o == "BT") - 2);
    }

    [Fact]
    public void Pages_are_a4()
    {
        using var document = PdfDocument.Open(_writer.Write(Contract()));
        foreach (var page in document.GetPages())
        {
            Assert.InRange(page.Width, 594, 596);
            Assert.InRange(page.Height, 841, 843);
        }
    }

    [Fact]
    public void Every_page_has_its_number_of_the_total_in_the_footer()
    {
        var blocks = Enumerable.Range(0, 12).Select(_ => (Block)Para(Filler())).ToArray();
        var pages = PdfInspection.PageTexts(_writer.Write(Document(blocks)));
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Page{i + 1}of{pages.Count}", pages[i]);
    }

    [Fact]
    public void Header_and_footer_texts_are_on_every_page()
    {
        var pages = PdfInspection.PageTexts(_writer.Write(Document(Para(Filler(40)), Para(Filler(40)))));
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("Договор№42/2026от01.03.2026", p));
        Assert.All(pages, p => Assert.Contains("Agreement42/2026·version0123abcd", p));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_and_stays_inside_the_margins()
    {
        var word = string.Concat(Enumerable.Range(0, 30).Select(i => "Abcdefghi" + (char)('А' + i)));
        Assert.Equal(300, word.Length);
        var pdf = _writer.Write(Document(Para("Before " + word + " after.")));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Contains(word, PdfInspection.Squeeze(page.Text));
        var body = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.GlyphRectangle.Bottom > 80 && l.GlyphRectangle.Top < 770).ToList();
        Assert.True(body.Count >= 300);
        Assert.All(body, l => Assert.InRange(l.GlyphRectangle.Left, TextLeft - 0.5, TextRight + 0.5));
        Assert.All(body, l => Assert.InRange(l.GlyphRectangle.Right, TextLeft - 0.5, TextRight + 0.5));
        // 300 letters of ~5.5 pt cannot fit one 482 pt line: the word must occupy at least three baselines.
        Assert.True(body.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count() >= 3);
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page()
    {
        var pages = PdfInspection.PageTexts(_writer.Write(Document(Table(200))));
        Assert.True(pages.Count >= 4, $"200 rows of ~16 pt need several pages, got {pages.Count}");
        Assert.All(pages, p => Assert.StartsWith("Договор№42/2026от01.03.2026No.OptionPrice", p));
        var all = string.Concat(pages);
        for (var i = 1; i <= 200; i++) Assert.Contains($"Optionnumber{i}oftheintegration", all);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_its_lines()
    {
        var sentences = Enumerable.Range(1, 150).Select(i => $"Line-marker-{i:000} of the very tall cell.").ToList();
        var pages = PdfInspection.PageTexts(_writer.Write(Document(TallRowTable(sentences))));
        Assert.True(pages.Count >= 2);
        Assert.True(pages[0].Contains("Line-marker-001"), pages[0]);
        Assert.Contains("Line-marker-150", pages[^1]);
        Assert.All(pages, p => Assert.Contains("HeadAHeadB", p));
        var all = string.Concat(pages);
        Assert.All(sentences, s => Assert.Equal(1, Count(all, PdfInspection.Squeeze(s))));
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var headingAtBottomSeen = false;
        for (var lines = 1; lines <= 60; lines++)
        {
            var filler = Enumerable.Range(0, lines).Select(i => (Block)Para($"Filler line {i}.")).ToList();
            var pages = PdfInspection.PageTexts(_writer.Write(Document([.. filler, Section("9.", "Keep Heading"), Para("Following paragraph text.")])));
            var headingPage = pages.Single(p => p.Contains("9.KeepHeading"));
            Assert.Contains("Followingparagraphtext.", headingPage);
            headingAtBottomSeen |= pages.Count == 2 && pages[1].StartsWith("Договор№42/2026от01.03.20269.KeepHeading");
        }
        Assert.True(headingAtBottomSeen, "no case moved the heading to the next page: the test did not exercise keep-with-next");
    }

    [Fact]
    public void A_signature_block_is_never_split()
    {
        var movedSeen = false;
        for (var lines = 30; lines <= 60; lines++)
        {
            var filler = Enumerable.Range(0, lines).Select(i => (Block)Para($"Filler line {i}.")).ToList();
            var pages = PdfInspection.PageTexts(_writer.Write(Document([.. filler, Signatures()])));
            var signaturePage = pages.Single(p => p.Contains("Contractor"));
            Assert.Contains("Client", signaturePage);
            Assert.Contains("/И.Петров/", signaturePage);
            Assert.Contains("/А.Смирнова/", signaturePage);
            movedSeen |= pages.Count == 2 && pages[0].Contains($"Fillerline{lines - 1}.") && !pages[1].Contains("Fillerline");
        }
        Assert.True(movedSeen, "no case pushed the signature block to a new page: the test did not exercise it");
    }

    [Fact]
    public void Metadata_has_title_author_subject_and_creator()
    {
        using var document = PdfDocument.Open(_writer.Write(Contract()));
        Assert.Equal("Integration Agreement No. 42/2026", document.Information.Title);
        Assert.Equal("ООО «Подрядчик»", document.Information.Author);
        Assert.Equal("CRM integration services", document.Information.Subject);
        Assert.Equal("DocFlow", document.Information.Creator);
    }

    [Fact]
    public void Creation_date_is_the_documents_own_date_when_given()
    {
        var model = Document(Para("Dated.")) with { Info = Info() with { Created = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero) } };
        using var document = PdfDocument.Open(_writer.Write(model));
        Assert.StartsWith("D:20260301093000", document.Information.CreationDate);
    }

    [Fact]
    public void A_signer_line_too_wide_for_its_column_is_set_smaller_rather_than_wrapped()
    {
        var line = "Генеральный директор по развитию ____________ / И. Петров /";
        var block = new SignatureBlock([new SignatureParty("A", "Alpha", [], line), new SignatureParty("B", "Beta", [], line), new SignatureParty("C", "Gamma", [], line)]);
        using var document = PdfDocument.Open(_writer.Write(Document(block)));
        var page = document.GetPage(1);
        // Only the text area: the running header and footer have slashes of their own ("42/2026").
        var slashes = page.Letters.Where(l => l.Value == "/" && l.StartBaseLine.Y is > 80 and < 760).ToList();
        Assert.Equal(6, slashes.Count);
        // Each column's two slashes share a baseline: the line did not wrap.
        Assert.Single(slashes.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct());
        Assert.All(slashes, l => Assert.True(l.PointSize < 10.5 && l.PointSize >= 7.5, $"{l.PointSize}"));
    }

    [Fact]
    public void Page_count_grows_with_content()
    {
        int Pages(int paragraphs)
        {
            using var document = PdfDocument.Open(_writer.Write(Document(Enumerable.Range(0, paragraphs).Select(_ => (Block)Para(Filler())).ToArray())));
            return document.NumberOfPages;
        }
        var (one, ten, forty) = (Pages(1), Pages(10), Pages(40));
        Assert.Equal(1, one);
        Assert.True(ten > one && forty > ten, $"{one} < {ten} < {forty} expected");
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var pages = PdfInspection.PageTexts(_writer.Write(Document(Para("First page."), new PageBreak(), Para("Second page."))));
        Assert.Equal(2, pages.Count);
        Assert.Contains("Secondpage.", pages[1]);
        Assert.DoesNotContain("Secondpage.", pages[0]);
    }

    [Fact]
    public void Every_block_type_renders_its_words()
    {
        var model = Contract();
        var all = string.Concat(PdfInspection.PageTexts(_writer.Write(model)));
        foreach (var expected in new[] { "ДОГОВОР№42/2026", "1.1.Исполнительобязуется", "1.1.1.Составработ", "•анализтребований;", "1)firstitem", "2)seconditem", "1.Предметдоговора", "Stage1", "270000,00", "Генеральныйдиректор____________/И.Петров/" })
            Assert.Contains(expected, all);
    }

    /// <summary>A row of one cell holding 150 numbered lines: far taller than a page.</summary>
    public static Table TallRowTable(IReadOnlyList<string> lines) => new(
        [new TableColumn(1), new TableColumn(1)],
        [new TableRow([Cell("Head A"), Cell("Head B")]), new TableRow([new TableCell([new Inline(string.Join("\n", lines))]), Cell("short")])]);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
