using DocFlow.Agreements.Planning;

namespace DocFlow.Cli.Commands;

public sealed class PlanCommand : ICommand
{
    public string Name => "plan";

    public string Summary => "Print the computed plan (dates, amounts, invoices, refunds) as JSON";

    public string Usage => """
        Usage: docflow plan FILE

        Validates FILE like `docflow validate`, then prints the computed plan as JSON on stdout:
        projectEnd, totals (hours, subtotal, vat, total, riskReserve, totalInWords), stages, options,
        invoices, refunds and deliveredValueAfterStage. Amounts have 2 decimals, dates are YYYY-MM-DD.

        Exit codes: 0 plan printed, 1 the agreement is invalid (problems on stderr),
        2 unreadable file or not JSON.

        Example:  docflow plan samples/uk-per-stage.json > plan.json
        """;

    public int Run(IReadOnlyList<string> args, CliOutput output)
    {
        if (args.Count != 1) return CommandLine.UsageError(this, output, "expects exactly one FILE");
        var result = AgreementFile.Read(args[0], output, out var exitCode);
        if (result?.Agreement is not { } agreement || exitCode != ExitCode.Ok) return exitCode;
        output.Out.WriteLine(PlanJson.Serialize(new AgreementPlanner().Plan(agreement)));
        return ExitCode.Ok;
    }
}
