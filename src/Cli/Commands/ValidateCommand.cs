namespace DocFlow.Cli.Commands;

public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "Check an agreement file against data contract v1 and list every problem";

    public string Usage => """
        Usage: docflow validate FILE

        Checks FILE, an agreement in JSON (data contract v1, see src/Agreements/Schema/agreement.schema.json),
        and reports every problem at once.

        Valid:    prints "valid" on stdout; warnings (unknown fields and the like) go to stderr as
                  "warning: PATH: MESSAGE". Exit code 0.
        Invalid:  prints one "PATH: MESSAGE" line per problem on stderr, PATH being a JSON Pointer
                  such as /options/3/hours. Exit code 1.
        Unreadable file or not JSON: one line on stderr. Exit code 2.

        Example:  docflow validate samples/ru-prepayment.json
        """;

    public int Run(IReadOnlyList<string> args, CliOutput output)
    {
        if (args.Count != 1) return CommandLine.UsageError(this, output, "expects exactly one FILE");
        if (AgreementFile.Read(args[0], output, out var exitCode) is { IsValid: true })
            output.Out.WriteLine("valid");
        return exitCode;
    }
}
