using DocFlow.Cli.Commands;

namespace DocFlow.Cli;

/// <summary>
/// The `docflow` entry point without the process around it: arguments and writers in, exit code out, so tests
/// run it in-process.
/// </summary>
public static class CliApp
{
    /// <summary>Every command in this assembly, by name; a new command is found without registering it.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t))
        .Select(t => (ICommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new CliOutput(stdout, stderr);
        try
        {
            return Dispatch(args, output);
        }
        catch (Exception e)
        {
            // A bug still gets one line, not a stack trace; DOCFLOW_DEBUG=1 shows the trace.
            stderr.WriteLine($"docflow: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("DOCFLOW_DEBUG") == "1") stderr.WriteLine(e);
            return ExitCode.Internal;
        }
    }

    private static int Dispatch(string[] args, CliOutput output)
    {
        if (args.Length == 0)
        {
            output.Error.Write(Usage());
            return ExitCode.Usage;
        }
        if (CommandLine.IsHelp(args[0]))
            return HelpFor(args.Skip(1).FirstOrDefault(), output);
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            output.Error.WriteLine($"docflow: unknown command '{args[0]}'. Run 'docflow --help' for the list of commands.");
            return ExitCode.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Any(CommandLine.IsHelp))
        {
            output.Out.WriteLine(command.Usage);
            return ExitCode.Ok;
        }
        return command.Run(rest, output);
    }

    /// <summary>`docflow --help` lists the commands; `docflow help validate` is `docflow validate --help`.</summary>
    private static int HelpFor(string? name, CliOutput output)
    {
        if (name is null)
        {
            output.Out.Write(Usage());
            return ExitCode.Ok;
        }
        return Dispatch([name, "--help"], output);
    }

    public static string Usage()
    {
        var width = Commands.Max(c => c.Name.Length) + 2;
        var list = string.Join(Environment.NewLine, Commands.Select(c => "  " + c.Name.PadRight(width) + c.Summary));
        return $"""
            docflow: check agreements and compute their plans without a server.

            Usage: docflow COMMAND [ARGS]
                   docflow COMMAND --help

            Commands:
            {list}

            Exit codes: 0 success, 1 the agreement is invalid, 2 usage error, unreadable file or not JSON,
            3 internal error.

            """;
    }
}
