namespace DocFlow.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_every_command_with_its_summary(string flag)
    {
        var run = CliRun.Of(flag);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: docflow COMMAND", run.Out);
        Assert.Contains("  validate  Check an agreement file", run.Out);
        Assert.Contains("  plan      Print the computed plan", run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("help", "validate")]
    [InlineData("validate", "file.json", "--help")]
    public void Command_help_prints_the_command_usage(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: docflow validate FILE", run.Out);
        Assert.Contains("/options/3/hours", run.Out);
    }

    [Fact]
    public void Plan_help_names_the_plan_keys()
    {
        var run = CliRun.Of("plan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("deliveredValueAfterStage", run.Out);
    }

    [Fact]
    public void No_arguments_print_the_usage_on_stderr_and_exit_2()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: docflow COMMAND", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void An_unknown_command_is_one_line_and_exits_2()
    {
        var run = CliRun.Of("sign", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["docflow: unknown command 'sign'. Run 'docflow --help' for the list of commands."], run.ErrorLines);
    }
}
