using DocFlow.Agreements.Validation;

namespace DocFlow.Cli;

/// <summary>
/// Reads and validates an agreement file for any command, printing what is wrong the same way everywhere:
/// one line for a file that cannot be read or is not JSON, one "path: message" line per problem otherwise.
/// </summary>
public static class AgreementFile
{
    /// <summary>The result when the file is JSON (valid or not), else null after printing one line; warnings are printed.</summary>
    public static ReadResult? Read(string path, CliOutput output, out int exitCode)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Error.WriteLine($"docflow: cannot read {path}: {e.Message}");
            exitCode = ExitCode.Usage;
            return null;
        }
        var result = new AgreementReader().Read(text);
        if (result.IsNotJson)
        {
            output.Error.WriteLine($"docflow: {path} {result.Errors[0].Message}");
            exitCode = ExitCode.Usage;
            return null;
        }
        Report(result, output);
        exitCode = result.IsValid ? ExitCode.Ok : ExitCode.Invalid;
        return result;
    }

    private static void Report(ReadResult result, CliOutput output)
    {
        foreach (var error in result.Errors)
            output.Error.WriteLine($"{Where(error.Path)}: {error.Message}");
        foreach (var warning in result.Warnings)
            output.Error.WriteLine($"warning: {Where(warning.Path)}: {warning.Message}");
    }

    // "" is the JSON Pointer of the whole document; a bare ": message" line would read as a typo.
    private static string Where(string pointer) => pointer.Length == 0 ? "(document)" : pointer;
}
