namespace DocFlow.Cli.Commands;

/// <summary>
/// One `docflow` command. <see cref="CliApp"/> finds every implementation in this assembly, so adding a command is
/// adding one file.
/// </summary>
public interface ICommand
{
    /// <summary>The word after `docflow`, e.g. "validate".</summary>
    string Name { get; }

    /// <summary>One line for the command list of `docflow --help`.</summary>
    string Summary { get; }

    /// <summary>The full text of `docflow NAME --help`.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the command name (never "--help"); returns an <see cref="ExitCode"/>.</summary>
    int Run(IReadOnlyList<string> args, CliOutput output);
}
