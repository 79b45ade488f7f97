using System.Diagnostics;

namespace DocFlow.Bench;

/// <summary>
/// The usual pipeline's cost: LibreOffice converting the same DOCX files to PDF, one soffice process for the whole set
/// (the cheapest way to drive it), with a fresh profile so a running LibreOffice cannot skew it. CPU time is that of
/// soffice and its children (getrusage), so nothing else may start child processes while it runs.
/// </summary>
public static class LibreOfficePeer
{
    public static Timing ConvertAll(IReadOnlyList<string> docxFiles, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "docflow-bench-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir })
            start.ArgumentList.Add(arg);
        foreach (var file in docxFiles) start.ArgumentList.Add(file);

        var cpu = CpuClock.FinishedChildren();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = new Timing(watch.Elapsed, CpuClock.FinishedChildren() - cpu);
        Directory.Delete(profile, recursive: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"soffice exited with {process.ExitCode}");
        return elapsed;
    }
}
