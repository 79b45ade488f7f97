using DocFlow.Agreements.Fingerprint;
using DocFlow.Agreements.Planning;
using DocFlow.Agreements.Termination;
using System.Globalization;
using DocFlow.Templates.Rendering;
using RenderFormat = DocFlow.Templates.Rendering.DocumentFormat;

namespace DocFlow.Cli.Commands;

public sealed class RenderCommand : ICommand
{
    public string Name => "render";

    public string Summary => "Write the document set (contract, appendices, stage acts) as PDF and/or DOCX";

    public string Usage => """
        Usage: docflow render FILE --out DIR [--format pdf|docx|both] [--act-date DATE]
                              [--termination DATE --paid AMOUNT]

        Validates FILE like `docflow validate`, computes the plan and writes into DIR (created if missing):
        contract, specification (Appendix 1), acceptance (Appendix 2) and act-{stageId} for every stage,
        in the agreement's language. Default format: both.

          --act-date DATE     date printed on the stage acts (default: each stage's planned end)
          --termination DATE  also write termination.*: the settlement if the client withdraws on DATE,
          --paid AMOUNT       having paid AMOUNT; stages whose planned end is on or before DATE count as delivered.

        Dates are YYYY-MM-DD, amounts like 150000.50. Prints one line per file written.
        Exit codes: 0 written, 1 the agreement is invalid, 2 bad arguments or unreadable file, 3 internal error.

        Example:  docflow render samples/ru-prepayment.json --out out/ --format pdf
        """;

    public int Run(IReadOnlyList<string> args, CliOutput output)
    {
        if (!RenderArguments.TryParse(args, out var options, out var problem)) return CommandLine.UsageError(this, output, problem);
        var result = AgreementFile.Read(options.File, output, out var exitCode);
        if (result?.Agreement is not { } agreement || exitCode != ExitCode.Ok) return exitCode;

        var plan = new AgreementPlanner().Plan(agreement);
        var context = new DocumentContext
        {
            Agreement = agreement,
            Plan = plan,
            Fingerprint = AgreementFingerprint.Compute(agreement),
            ActDate = options.ActDate,
            Termination = options.Termination is { } date ? Terminate(plan, date, options.Paid!.Value) : null,
        };
        Directory.CreateDirectory(options.OutDir);
        var renderer = new DocumentRenderer();
        foreach (var kind in DocumentRenderer.Kinds(context))
        {
            // One model per document for all the formats asked for.
            foreach (var document in renderer.Render(context, kind, options.Formats))
            {
                var path = Path.Combine(options.OutDir, document.FileName);
                File.WriteAllBytes(path, document.Content);
                output.Out.WriteLine(path);
            }
        }
        return ExitCode.Ok;
    }

    private static TerminationStatement Terminate(AgreementPlan plan, DateOnly date, decimal paid)
    {
        var delivered = plan.Stages.Where(s => s.End <= date).Select(s => s.Id).ToList();
        return TerminationCalculator.Compute(plan, date, paid, delivered);
    }

    /// <summary>The parsed arguments of `docflow render`.</summary>
    private sealed record RenderArguments
    {
        public required string File { get; init; }
        public required string OutDir { get; init; }
        public required IReadOnlyList<RenderFormat> Formats { get; init; }
        public DateOnly? ActDate { get; init; }
        public DateOnly? Termination { get; init; }
        public decimal? Paid { get; init; }

        public static bool TryParse(IReadOnlyList<string> args, out RenderArguments parsed, out string problem)
        {
            parsed = null!;
            string? file = null, outDir = null, format = "both", actDate = null, termination = null, paid = null;
            for (var i = 0; i < args.Count; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    if (file is not null) { problem = $"unexpected argument '{args[i]}'"; return false; }
                    file = args[i];
                    continue;
                }
                if (i + 1 >= args.Count) { problem = $"{args[i]} needs a value"; return false; }
                var value = args[++i];
                switch (args[i - 1])
                {
                    case "--out": outDir = value; break;
                    case "--format": format = value; break;
                    case "--act-date": actDate = value; break;
                    case "--termination": termination = value; break;
                    case "--paid": paid = value; break;
                    default: problem = $"unknown option '{args[i - 1]}'"; return false;
                }
            }
            problem = Check(file, outDir, format, actDate, termination, paid);
            if (problem.Length > 0) return false;
            parsed = new RenderArguments
            {
                File = file!,
                OutDir = outDir!,
                Formats = format switch { "pdf" => [RenderFormat.Pdf], "docx" => [RenderFormat.Docx], _ => [RenderFormat.Pdf, RenderFormat.Docx] },
                ActDate = actDate is null ? null : Date(actDate),
                Termination = termination is null ? null : Date(termination),
                Paid = paid is null ? null : decimal.Parse(paid, NumberStyles.Number, CultureInfo.InvariantCulture),
            };
            return true;
        }

        private static string Check(string? file, string? outDir, string format, string? actDate, string? termination, string? paid)
        {
            if (file is null) return "expects a FILE";
            if (outDir is null) return "expects --out DIR";
            if (format is not ("pdf" or "docx" or "both")) return "--format must be pdf, docx or both";
            if (actDate is not null && !IsDate(actDate)) return "--act-date must be a date YYYY-MM-DD";
            if (termination is not null && !IsDate(termination)) return "--termination must be a date YYYY-MM-DD";
            if ((termination is null) != (paid is null)) return "--termination and --paid go together";
            if (paid is not null && (!decimal.TryParse(paid, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0))
                return "--paid must be an amount like 150000.50";
            return string.Empty;
        }

        private static bool IsDate(string text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
