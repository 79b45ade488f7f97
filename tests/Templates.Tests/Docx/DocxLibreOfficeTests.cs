using System.Text.RegularExpressions;
using DocFlow.Templates.Docx;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>A second, independent consumer of the DOCX: LibreOffice must open and convert it without complaint.</summary>
public class DocxLibreOfficeTests
{
    [Fact]
    public void Libreoffice_converts_the_docx_to_a_pdf_set_in_the_embedded_pt_serif()
    {
        var docx = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());
        using var office = new LibreOffice();

        var result = office.Convert(docx, "pdf", "pdf");

        Assert.True(result.ExitCode == 0, $"soffice exit code {result.ExitCode}: {result.Output}");
        Assert.True(result.File is not null, "no PDF produced: " + result.Output);
        var bytes = File.ReadAllBytes(result.File);
        Assert.True(bytes.Length > 1000, $"PDF is only {bytes.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        LibreOffice.Keep(result.File, "every-block.pdf");
        // PT Serif is not installed on the test machines: finding it in the PDF proves the embedding is read.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.File);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(fonts, f => f.Contains("PTSerif", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, pdf.NumberOfPages);
    }

    [Fact]
    public void Libreoffice_reads_the_text_and_computes_the_same_clause_numbers_as_the_model()
    {
        var docx = new DocxDocumentWriter().Write(SampleDocuments.EveryBlock());
        using var office = new LibreOffice();

        var result = office.Convert(docx, "txt:Text (encoded):UTF8", "txt");

        Assert.True(result.ExitCode == 0 && result.File is not null, $"soffice exit code {result.ExitCode}: {result.Output}");
        var lines = File.ReadAllLines(result.File).Select(l => Regex.Replace(l.Trim(), @"\s+", " ")).ToList();
        // The list numbers come from the DOCX numbering definition, not from the text: they must equal the model's.
        Assert.Contains("1. Предмет договора", lines);
        Assert.Contains("1.1. Исполнитель обязуется выполнить работы.", lines);
        Assert.Contains("1.2.1. анализ требований;", lines);
        Assert.Contains("1.2.2. настройка интеграции.", lines);
        Assert.Contains("2. Стоимость и порядок оплаты", lines);
        Assert.Contains("2.1. Стоимость указана в таблице:", lines);
        Assert.Contains("1) аванс", lines);
        Assert.Contains("1) снова с единицы", lines);
        var text = string.Join("\n", lines);
        Assert.Contains("a < b > c & d \"q\" 'apos' ’ ёлка.", text);
        Assert.Contains(SampleDocuments.LongWord, text);
    }
}
