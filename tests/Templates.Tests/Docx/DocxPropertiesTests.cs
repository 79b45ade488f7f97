using DocFlow.Templates.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocFlow.Templates.Tests.Docx;

public class DocxPropertiesTests
{
    [Fact]
    public void Core_properties_carry_title_subject_author_and_language()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var properties = package.PackageProperties;

        Assert.Equal("Договор № IT-2026/17 <Title & \"Co\">", properties.Title);
        Assert.Equal("Integration agreement", properties.Subject);
        Assert.Equal("DocFlow", properties.Creator);
        Assert.Equal("ru-RU", properties.Language);
    }

    [Fact]
    public void Styles_declare_pt_serif_and_the_document_language_as_defaults()
    {
        var model = SampleDocuments.EveryBlock() with { Info = SampleDocuments.Info("uk-UA") };
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(model));
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var run = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("PT Serif", run.RunFonts!.Ascii!.Value);
        Assert.Equal("uk-UA", run.Languages!.Val!.Value);
        Assert.InRange(int.Parse(run.FontSize!.Val!.Value!), 21, 22);
        Assert.NotNull(styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.WidowControl);
    }

    [Fact]
    public void The_same_model_gives_the_same_document_parts()
    {
        var first = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());
        var second = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());

        using var a = DocxPackage.Open(first);
        using var b = DocxPackage.Open(second);
        Assert.Equal(a.MainDocumentPart!.Document.OuterXml, b.MainDocumentPart!.Document.OuterXml);
        Assert.Equal(a.MainDocumentPart.NumberingDefinitionsPart!.Numbering.OuterXml, b.MainDocumentPart.NumberingDefinitionsPart!.Numbering.OuterXml);
    }

    [Fact]
    public void Every_style_referenced_in_the_body_is_defined()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var main = package.MainDocumentPart!;
        var defined = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = main.Document.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value)
            .Concat(main.Document.Body.Descendants<TableStyle>().Select(s => s.Val!.Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, id => Assert.Contains(id, defined));
        Assert.Contains("Title", defined);
        Assert.Contains("Heading2", defined);
        Assert.Contains("Heading3", defined);
    }

    [Fact]
    public void Heading_styles_keep_with_the_next_paragraph()
    {
        using var package = DocxPackage.Open(new DocxDocumentWriter().Write(SampleDocuments.EveryBlock()));
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.NotNull(styles["Heading2"].StyleParagraphProperties!.KeepNext);
        Assert.NotNull(styles["Heading3"].StyleParagraphProperties!.KeepNext);
        Assert.NotNull(styles["Title"].StyleParagraphProperties!.KeepNext);
    }
}
