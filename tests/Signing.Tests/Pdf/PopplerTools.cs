using System.Diagnostics;

namespace DocFlow.Signing.Tests.Pdf;

/// <summary>Runs the reference tools (poppler-utils pdfsig/pdftotext, qpdf) on bytes through a temporary file.</summary>
internal static class PopplerTools
{
    public static (int ExitCode, string Output) Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"seal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Execute(tool, [.. arguments, path]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string PdfSig(byte[] pdf) => Run("pdfsig", pdf).Output;

    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf) => Run("qpdf", pdf, "--check");

    public static string PdfToText(byte[] pdf) => Run("pdftotext", pdf, "-layout").Output;

    public static byte[] Transform(string tool, string option, byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"seal-in-{Guid.NewGuid():N}.pdf");
        var output = Path.ChangeExtension(input, ".out.pdf");
        File.WriteAllBytes(input, pdf);
        try
        {
            var (code, text) = Execute(tool, [option, input, output]);
            Assert.True(code == 0, text);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static (int ExitCode, string Output) Execute(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // pdftotext writes to a file unless told "-": the last argument after the input.
        if (tool == "pdftotext") start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
