namespace DocFlow.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData("ru-prepayment.json")]
    [InlineData("uk-per-stage.json")]
    [InlineData("en-hourly-prepaid.json")]
    public void A_valid_sample_prints_valid_and_exits_0(string sample)
    {
        var run = CliRun.Of("validate", CliRun.Sample(sample));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("valid", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void An_invalid_agreement_lists_every_problem_as_path_colon_message_and_exits_1()
    {
        var text = File.ReadAllText(CliRun.Sample("ru-prepayment.json"))
            .Replace("\"date\": \"2026-03-30\"", "\"date\": \"2026-02-30\"")
            .Replace("\"hours\": 24,\n      \"price\": 84000", "\"hours\": -24,\n      \"price\": 84000.001")
            .Replace("\"stage\": \"s3\"", "\"stage\": \"s4\"")
            .Replace("\"schemaVersion\": \"1\",", "\"schemaVersion\": \"1\", \"colour\": \"red\",");
        var path = CliRun.TempFile(text);
        try
        {
            var run = CliRun.Of("validate", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.Equal(
            [
                "/date: must be a real calendar date written YYYY-MM-DD",
                "/options/0/hours: must be greater than 0",
                "/options/0/price: must have at most 2 decimal places",
                "/options/5/stage: there is no stage with id \"s4\"",
                "/options/6/stage: there is no stage with id \"s4\"",
                "/stages/2: stage \"s3\" has no options; every stage must contain at least one option",
                "warning: /colour: is not a field of the agreement data contract; it is ignored",
            ], run.ErrorLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_that_is_not_json_is_one_line_with_its_position_and_exits_2()
    {
        var path = CliRun.TempFile("{\n  \"number\": 42,\n  oops\n}\n");
        try
        {
            var run = CliRun.Of("validate", path);

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"docflow: {path} is not valid JSON: ", line);
            Assert.Contains("(line 3, position 3)", line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exits_2()
    {
        var run = CliRun.Of("validate", "/nonexistent/agreement.json");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("docflow: cannot read /nonexistent/agreement.json: ", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void A_directory_is_not_readable_as_a_file()
    {
        var run = CliRun.Of("validate", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("docflow: cannot read ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_json_array_is_json_but_not_an_agreement_so_it_exits_1()
    {
        var path = CliRun.TempFile("[]");
        try
        {
            var run = CliRun.Of("validate", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(["(document): must be an object"], run.ErrorLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    public void Anything_but_one_file_is_a_usage_error(params string[] files)
    {
        var run = CliRun.Of(["validate", .. files]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["docflow validate: expects exactly one FILE. Run 'docflow validate --help' for usage."], run.ErrorLines);
    }
}
