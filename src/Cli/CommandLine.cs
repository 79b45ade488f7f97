using DocFlow.Cli.Commands;

namespace DocFlow.Cli;

/// <summary>Small helpers every command uses to answer bad arguments the same way.</summary>
public static class CommandLine
{
    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";

    public static int UsageError(ICommand command, CliOutput output, string problem)
    {
        output.Error.WriteLine($"docflow {command.Name}: {problem}. Run 'docflow {command.Name} --help' for usage.");
        return ExitCode.Usage;
    }
}
