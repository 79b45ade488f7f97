using System.Runtime.CompilerServices;

namespace DocFlow.Cli.Tests;

/// <summary>One in-process run of `docflow`: its exit code and everything it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A file under samples/, found from this source file so any build output directory works.</summary>
    public static string Sample(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "samples", name));

    /// <summary>A temporary file with the given text; the caller deletes it.</summary>
    public static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docflow-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
