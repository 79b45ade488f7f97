using System.Text.RegularExpressions;
using DocFlow.Agreements.Model;
using DocFlow.Templates.Rendering;
using DocFlow.Templates.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Templates.Tests.Rendering;

/// <summary>Through the real writers: both formats say the same words, user text survives literally.</summary>
public sealed partial class RenderedFormatsTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> **x** & «ёлочки» м’ята";

    [Fact]
    public void Pdf_and_docx_of_the_act_contain_the_same_words()
    {
        var context = SampleDocuments.Context(change: a => a with { Client = a.Client with { Name = Hostile } });
        var renderer = new DocumentRenderer();

        var pdf = Words(PdfText(renderer.Render(context, DocumentKind.Act("s1"), RenderFormat.Pdf).Content));
        var docx = Words(DocxText(renderer.Render(context, DocumentKind.Act("s1"), RenderFormat.Docx).Content));

        foreach (var word in new[] { "Передача", "заказов", "сценарий", "претензий", "onerror=alert(1)>", "**x**", "«ёлочки»", "м’ята" })
        {
            Assert.Contains(word, pdf);
            Assert.Contains(word, docx);
        }
    }

    private static HashSet<string> Words(string text) => [.. Space().Split(text).Where(w => w.Length > 0)];

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join(" ", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
