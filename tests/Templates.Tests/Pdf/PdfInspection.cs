using System.Diagnostics;
using UglyToad.PdfPig;

namespace DocFlow.Templates.Tests.Pdf;

/// <summary>Reads PDFs back: text per page with PdfPig, and the independent poppler/qpdf tools.</summary>
public static class PdfInspection
{
    /// <summary>Text of each page with all whitespace removed, so word gaps drawn by positioning do not matter.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squeeze(p.Text)).ToList();
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Runs a command-line tool on the PDF (written to a temporary file) and returns its standard output.</summary>
    public static (int ExitCode, string Output) Tool(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docflow-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            start.ArgumentList.Add(path);
            if (tool == "pdftotext") start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
