using DocFlow.Templates.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxHeaderFooterTests
{
    [Fact]
    public void Footer_has_footer_text_and_page_and_numpages_fields_in_format_order()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var footer = package.MainDocumentPart!.FooterParts.Single().Footer;

        Assert.StartsWith("IT-2026/17 · 3f9a1c2e", footer.InnerText);
        var codes = footer.Descendants<FieldCode>().Select(c => c.Text.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], codes);
        var texts = footer.Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Contains("Страница ", texts);
        Assert.Contains(" из ", texts);
        Assert.Equal(2, footer.Descendants<FieldChar>().Count(c => c.FieldCharType!.Value == FieldCharValues.Begin));
    }

    [Fact]
    public void Page_count_may_come_first_in_the_format()
    {
        var model = SampleDocuments.EveryBlock() with { Info = SampleDocuments.Info() with { PageNumberFormat = "{1} pages, this is {0}" } };
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var runs = package.MainDocumentPart!.FooterParts.Single().Footer.Descendants<Run>().ToList();
        var codes = runs.SelectMany(r => r.Elements<FieldCode>()).Select(c => c.Text.Trim()).ToList();

        Assert.Equal(["NUMPAGES", "PAGE"], codes);
        Assert.Contains(runs, r => r.InnerText == " pages, this is ");
    }

    [Fact]
    public void Header_carries_header_text_and_both_parts_are_referenced_by_the_section()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var main = package.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        Assert.Equal("Договор № IT-2026/17 от 01.03.2026", main.HeaderParts.Single().Header.InnerText);
        Assert.Equal(main.GetIdOfPart(main.HeaderParts.Single()), section.Elements<HeaderReference>().Single().Id!.Value);
        Assert.Equal(main.GetIdOfPart(main.FooterParts.Single()), section.Elements<FooterReference>().Single().Id!.Value);
    }

    [Fact]
    public void Page_is_a4_with_margins_of_about_twenty_millimetres()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var section = package.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        // 20 mm = 1134 twips; the left margin is 25 mm for binding.
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1134u, margin.Right!.Value);
        Assert.InRange((int)margin.Left!.Value, 1134, 1418);
    }
}
