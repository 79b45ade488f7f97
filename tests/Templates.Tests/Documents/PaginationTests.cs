using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Pdf;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Templates.Tests.Documents;

/// <summary>Page count follows the content, every page says "N of M" truthfully, and the fonts travel with the file.</summary>
public sealed class PaginationTests
{
    private readonly DocumentRenderer _renderer = new();

    private byte[] Pdf(DocumentContext context, DocumentKind kind) => _renderer.Render(context, kind, RenderFormat.Pdf).Content;

    [Fact]
    public void Specification_and_acceptance_grow_with_the_number_of_options()
    {
        var counts = new[] { 5, 50, 200 }.Select(n => RealSamples.Context(SyntheticAgreement.WithOptions(n)))
            .Select(c => (Spec: DocumentText.PdfPages(Pdf(c, DocumentKind.Specification)).Count, Acceptance: DocumentText.PdfPages(Pdf(c, DocumentKind.Acceptance)).Count))
            .ToList();

        Assert.True(counts[0].Spec < counts[1].Spec && counts[1].Spec < counts[2].Spec, string.Join(", ", counts));
        Assert.True(counts[0].Acceptance < counts[1].Acceptance && counts[1].Acceptance < counts[2].Acceptance, string.Join(", ", counts));
        // One scenario per option fills at least a fifth of a page: 200 options cannot fit in fewer than 40 pages.
        Assert.True(counts[2].Acceptance >= 40, $"acceptance of 200 options has {counts[2].Acceptance} pages");
    }

    [Fact]
    public void Two_hundred_options_are_each_listed_once_and_the_same_context_gives_the_same_bytes()
    {
        var context = RealSamples.Context(SyntheticAgreement.WithOptions(200));
        var first = Pdf(context, DocumentKind.Specification);
        var text = DocumentText.Pdf(first);

        Assert.Equal(first, Pdf(context, DocumentKind.Specification));
        // Each title appears twice: in the options table and in the refund table.
        Assert.All(Enumerable.Range(1, 200), i => Assert.Equal(2, Occurrences(text, $"Синхронизациясущности{i}междуCRMи1С")));
    }

    [Theory]
    [InlineData("ru-prepayment", "Страница{0}из{1}")]
    [InlineData("uk-per-stage", "Сторінка{0}з{1}")]
    [InlineData("en-hourly-prepaid", "Page{0}of{1}")]
    public void Every_page_of_every_document_says_n_of_m(string sample, string format)
    {
        var context = RealSamples.Context(sample);
        foreach (var kind in DocumentRenderer.Kinds(context))
        {
            var pages = DocumentText.PdfPages(Pdf(context, kind));
            for (var n = 1; n <= pages.Count; n++)
            {
                Assert.Contains(string.Format(format, n, pages.Count), pages[n - 1]);
                Assert.DoesNotContain(string.Format(format, n, pages.Count + 1), pages[n - 1]);
            }
        }
    }

    [Fact]
    public void Numbering_is_right_on_a_long_document()
    {
        var pages = DocumentText.PdfPages(Pdf(RealSamples.Context(SyntheticAgreement.WithOptions(200)), DocumentKind.Acceptance));

        // Exactly one "page N of M" per page, and it is this page's (the text order of header and footer is the writer's).
        Assert.All(Enumerable.Range(1, pages.Count), n =>
        {
            var found = System.Text.RegularExpressions.Regex.Matches(pages[n - 1], @"Страница(\d+)из(\d+)");
            var only = Assert.Single(found);
            Assert.Equal((n.ToString(), pages.Count.ToString()), (only.Groups[1].Value, only.Groups[2].Value));
        });
    }

    [Theory]
    [MemberData(nameof(RealSamples.All), MemberType = typeof(RealSamples))]
    public void Every_font_is_embedded_and_subset(string sample)
    {
        var context = RealSamples.Context(sample);
        foreach (var kind in DocumentRenderer.Kinds(context))
        {
            var (exit, output) = PdfInspection.Tool("pdffonts", Pdf(context, kind));
            Assert.Equal(0, exit);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            // pdffonts columns: name type encoding emb sub uni; subset names carry a six-letter tag ("ABCDEF+PTSerif").
            Assert.All(rows, r => Assert.Matches(@"^[A-Z]{6}\+PT(Serif|Sans)\S*\s.*\syes\s+yes\s+yes", r));
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
