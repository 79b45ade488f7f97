using DocFlow.Templates.Pdf;

namespace DocFlow.Templates.Tests.Pdf;

/// <summary>Writes sample PDFs for a human to look at when DOCFLOW_PDF_SAMPLES names a folder; checks they open.</summary>
public sealed class PdfSampleTests
{
    [Fact]
    public void Samples_are_pdfs()
    {
        using var writer = new PdfDocumentWriter();
        var samples = new Dictionary<string, byte[]>
        {
            ["contract"] = writer.Write(PdfModels.Contract()),
            ["table-200"] = writer.Write(PdfModels.Document(PdfModels.Table(200))),
            ["tall-row"] = writer.Write(PdfModels.Document(PdfDocumentWriterTests.TallRowTable(Enumerable.Range(1, 150).Select(i => $"Line-marker-{i:000} of the very tall cell.").ToList()))),
        };
        Assert.All(samples.Values, bytes => Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5)));
        var folder = Environment.GetEnvironmentVariable("DOCFLOW_PDF_SAMPLES");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in samples) File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), bytes);
    }
}
