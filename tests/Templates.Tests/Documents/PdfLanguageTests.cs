using System.Text;
using DocFlow.Templates.Pdf;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>/Lang is added by an incremental update after Skia: readers see it, the file stays valid, text stays readable.</summary>
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
    public void Updated_file_passes_qpdf_check_and_its_text_still_extracts(string sample)
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
    public void The_update_is_appended_after_the_original_bytes_with_prev_pointing_back()
    {
        using var writer = new PdfDocumentWriter();
        var original = StripLanguage(writer.Write(PdfModels.Contract()));

        var updated = PdfCatalogLanguage.Add(original, "uk-UA");

        Assert.Equal(original, updated[..original.Length]);
        var tail = Encoding.Latin1.GetString(updated[original.Length..]);
        var previous = Encoding.Latin1.GetString(original);
        var previousXref = previous[(previous.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length)..].Trim().Split('\n')[0];
        Assert.Contains($"/Prev {previousXref}", tail);
        Assert.Contains("/Lang (uk-UA)", tail);
        Assert.EndsWith("%%EOF\n", tail);
    }

    [Fact]
    public void A_catalog_that_already_has_a_language_or_an_unreadable_file_is_left_alone()
    {
        using var writer = new PdfDocumentWriter();
        var once = writer.Write(PdfModels.Contract());
        Assert.Same(once, PdfCatalogLanguage.Add(once, "en-GB"));
        var notPdf = Encoding.ASCII.GetBytes("not a pdf at all");
        Assert.Same(notPdf, PdfCatalogLanguage.Add(notPdf, "en-GB"));
        Assert.Same(once, PdfCatalogLanguage.Add(once, "bad tag)"));
    }

    /// <summary>The writer's output minus its language update: the last startxref section is cut off again.</summary>
    private static byte[] StripLanguage(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var update = text.LastIndexOf("%%EOF", text.Length - 7, StringComparison.Ordinal);
        return pdf[..(update + "%%EOF\n".Length)];
    }
}
