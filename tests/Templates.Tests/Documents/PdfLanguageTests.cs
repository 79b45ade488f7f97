using DocFlow.Templates.Pdf;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>The catalog names the document's language (/Lang) for screen readers; readers and qpdf see it.</summary>
public sealed class PdfLanguageTests
{
    private readonly DocumentRenderer _renderer = new();

    [Theory]
    [InlineData("ru-prepayment", "ru-RU")]
    [InlineData("uk-per-stage", "uk-UA")]
    [InlineData("en-hourly-prepaid", "en-GB")]
    public void Catalog_carries_the_agreement_language(string sample, string language)
    {
        var pdf = _renderer.Render(RealSamples.Context(sample), DocumentKind.Contract, RenderFormat.Pdf).Content;

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out var lang));
            Assert.Equal(language, Assert.IsType<StringToken>(lang).Data);
        }
        var (_, trailer) = PdfInspection.Tool("qpdf", pdf, "--show-object=trailer");
        var root = System.Text.RegularExpressions.Regex.Match(trailer, @"/Root (\d+) 0 R").Groups[1].Value;
        var (exit, catalog) = PdfInspection.Tool("qpdf", pdf, $"--show-object={root}");
        Assert.Equal(0, exit);
        Assert.Contains($"/Lang ({language})", catalog);
        Assert.Contains("/Type /Catalog", catalog);
    }

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void The_file_passes_qpdf_check_and_its_text_extracts(string sample)
    {
        var context = RealSamples.Context(sample);
        var pdf = _renderer.Render(context, DocumentKind.Contract, RenderFormat.Pdf).Content;

        var (exit, output) = PdfInspection.Tool("qpdf", pdf, "--check");
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
        var (textExit, text) = PdfInspection.Tool("pdftotext", pdf);
        Assert.Equal(0, textExit);
        Assert.Contains(DocumentText.Squeeze(context.Agreement.Project.Title), DocumentText.Squeeze(text));
        Assert.Contains(DocumentText.Squeeze(context.Agreement.Project.Title), DocumentText.Pdf(pdf));
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_left_out_rather_than_written_into_the_catalog()
    {
        using var writer = new PdfDocumentWriter();
        var model = PdfModels.Contract();
        var pdf = writer.Write(model with { Info = model.Info with { Language = "en) /OpenAction (x" } });

        using var document = PdfDocument.Open(pdf);
        Assert.False(document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("Lang")));
        Assert.False(document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("OpenAction")));
        Assert.Contains("No syntax or stream encoding errors", PdfInspection.Tool("qpdf", pdf, "--check").Output);
    }
}
