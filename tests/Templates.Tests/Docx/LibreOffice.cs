using System.Diagnostics;

namespace DocFlow.Templates.Tests.Docx;

/// <summary>
/// Runs `soffice --headless --convert-to` on a DOCX in its own scratch directory and profile, so parallel test runs do
/// not fight over LibreOffice's user installation lock.
/// </summary>
internal sealed class LibreOffice : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "docx-lo-" + Guid.NewGuid().ToString("N"));

    public LibreOffice() => Directory.CreateDirectory(_directory);

    public record Result(int ExitCode, string Output, string? File);

    /// <summary>Converts and returns the produced file's path (null if none was produced).</summary>
    public Result Convert(byte[] docx, string filter, string extension)
    {
        var soffice = Find() ?? throw new InvalidOperationException(
            "LibreOffice (soffice) is not installed: the DOCX conversion tests need Debian package libreoffice-writer-nogui.");
        var input = Path.Combine(_directory, "document.docx");
        File.WriteAllBytes(input, docx);
        var info = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                $"-env:UserInstallation=file://{_directory}/profile", "--headless", "--norestore",
                "--convert-to", filter, "--outdir", _directory, input,
            },
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not finish converting within {Timeout.TotalSeconds} s");
        }
        var output = Path.Combine(_directory, "document." + extension);
        return new Result(process.ExitCode, stdout.Result + stderr.Result, File.Exists(output) ? output : null);
    }

    /// <summary>Copies a produced file where a person can look at it, when DOCFLOW_DOCX_SAMPLE_DIR is set.</summary>
    public static void Keep(string file, string name)
    {
        var target = Environment.GetEnvironmentVariable("DOCFLOW_DOCX_SAMPLE_DIR");
        if (string.IsNullOrEmpty(target)) return;
        Directory.CreateDirectory(target);
        File.Copy(file, Path.Combine(target, name), overwrite: true);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
