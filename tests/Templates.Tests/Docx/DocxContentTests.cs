using DocFlow.Templates.Docx;
using DocFlow.Templates.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxContentTests
{
    [Fact]
    public void Body_contains_every_inline_text_including_markup_characters_and_cyrillic()
    {
        var model = SampleDocuments.EveryBlock();
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var body = package.MainDocumentPart!.Document.Body!.InnerText;

        foreach (var text in SampleDocuments.Texts(model).Select(t => t.Replace("\t", "")))
        {
            Assert.Contains(text, body);
        }
        Assert.Contains("a < b > c & d \"q\" 'apos' ’ ёлка.", body);
        Assert.Contains(SampleDocuments.LongWord, body);
    }

    [Fact]
    public void Markup_characters_are_escaped_in_the_stored_xml()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        using var reader = new StreamReader(package.MainDocumentPart!.GetStream());
        var xml = reader.ReadToEnd();

        Assert.Contains("a &lt; b &gt; c &amp; d", xml);
        Assert.DoesNotContain("a < b", xml);
    }

    [Fact]
    public void Control_characters_are_stripped_and_the_rest_of_the_text_kept()
    {
        var model = new DocumentModel(SampleDocuments.Info(), [new Model.Paragraph([new("bell\u0007 null\u0000 esc\u001B lone\uD800 end \U0001F600")])]);

        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var text = package.MainDocumentPart!.Document.Body!.InnerText;

        Assert.Equal("bell null esc lone end \U0001F600", text);
    }

    [Fact]
    public void Leading_and_trailing_spaces_are_preserved()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var node = package.MainDocumentPart!.Document.Body!.Descendants<W.Text>().Single(t => t.Text == "  leading and trailing spaces  ");

        Assert.Equal(SpaceProcessingModeValues.Preserve, node.Space?.Value);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_text_become_tab_and_break_elements()
    {
        var model = new DocumentModel(SampleDocuments.Info(), [new Model.Paragraph([new("a\tb\nc")])]);

        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var run = package.MainDocumentPart!.Document.Body!.Descendants<Run>().Single();

        Assert.Equal(["t", "tab", "t", "br", "t"], run.ChildElements.Select(e => e.LocalName));
    }

    [Fact]
    public void Bold_and_italic_inlines_get_run_properties()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var runs = package.MainDocumentPart!.Document.Body!.Descendants<Run>().ToList();

        Assert.NotNull(runs.Single(r => r.InnerText == "«Заказчик»").RunProperties?.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "01 марта 2026 г.").RunProperties?.Italic);
        Assert.Null(runs.Single(r => r.InnerText == "ООО «Альфа», именуемое ").RunProperties);
    }

    [Fact]
    public void Headings_use_title_and_heading_styles_and_paragraph_alignment_is_kept()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var paragraphs = package.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();

        Assert.Equal("Title", StyleOf(paragraphs.Single(p => p.InnerText == "Договор на интеграцию CRM")));
        Assert.Equal("Heading2", StyleOf(paragraphs.Single(p => p.InnerText == "Предмет договора")));
        Assert.Equal("Heading3", StyleOf(paragraphs.Single(p => p.InnerText == "Подраздел без номера")));
        var right = paragraphs.Single(p => p.InnerText == "г. Москва01 марта 2026 г.");
        Assert.Equal(JustificationValues.Right, right.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Page_break_moves_the_next_paragraph_to_a_new_page_without_an_empty_line()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var body = package.MainDocumentPart!.Document.Body!;
        var heading = body.Elements<W.Paragraph>().Single(p => p.InnerText == "Реквизиты и подписи сторон");

        Assert.NotNull(heading.ParagraphProperties!.PageBreakBefore);
        Assert.DoesNotContain(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
    }

    private static string? StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
