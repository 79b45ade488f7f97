using System.Text.Json;

namespace DocFlow.Cli.Tests;

public sealed class PlanCommandTests
{
    [Theory]
    [InlineData("ru-prepayment.json", 7)]
    [InlineData("uk-per-stage.json", 6)]
    [InlineData("en-hourly-prepaid.json", 7)]
    public void The_plan_of_a_sample_is_json_with_the_spec_keys(string sample, int options)
    {
        var run = CliRun.Of("plan", CliRun.Sample(sample));

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        using var plan = JsonDocument.Parse(run.Out);
        var root = plan.RootElement;
        Assert.True(DateOnly.TryParseExact(root.GetProperty("projectEnd").GetString(), "yyyy-MM-dd", out _));
        foreach (var key in new[] { "hours", "subtotal", "vat", "total", "riskReserve", "totalInWords" })
            Assert.True(root.GetProperty("totals").TryGetProperty(key, out _), key);
        foreach (var list in new[] { "stages", "options", "invoices", "refunds", "deliveredValueAfterStage" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(list).ValueKind);
        Assert.Equal(3, root.GetProperty("stages").GetArrayLength());
        Assert.Equal(options, root.GetProperty("options").GetArrayLength());
    }

    [Fact]
    public void The_russian_plan_prints_amounts_with_two_decimals()
    {
        // 24 h at a fixed 84 000 plus 160 h × 3 500 = 644 000 RUB, VAT 22 % included: 644 000 × 22 / 122 = 116 131.15.
        var run = CliRun.Of("plan", CliRun.Sample("ru-prepayment.json"));

        Assert.Contains("\"subtotal\": 644000.00", run.Out);
        Assert.Contains("\"total\": 644000.00", run.Out);
        Assert.Contains("\"vat\": 116131.15", run.Out);
        Assert.Contains("\"riskReserve\": 64400.00", run.Out);
        Assert.Contains("\"hours\": 184,", run.Out);
    }

    [Fact]
    public void The_prepayment_invoices_of_the_russian_plan_are_70_and_30_percent()
    {
        var run = CliRun.Of("plan", CliRun.Sample("ru-prepayment.json"));

        using var plan = JsonDocument.Parse(run.Out);
        var invoices = plan.RootElement.GetProperty("invoices").EnumerateArray()
            .Select(i => (i.GetProperty("trigger").GetString(), i.GetProperty("amount").GetDecimal())).ToList();
        Assert.Equal([("signing", 450800.00m), ("final-act", 193200.00m)], invoices);
    }

    [Fact]
    public void An_invalid_agreement_prints_its_problems_and_no_plan()
    {
        var path = CliRun.TempFile(File.ReadAllText(CliRun.Sample("uk-per-stage.json")).Replace("\"currency\": \"UAH\"", "\"currency\": \"грн\""));
        try
        {
            var run = CliRun.Of("plan", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.Equal(["/currency: must be an ISO 4217 currency code: three capital letters such as RUB, UAH or USD"], run.ErrorLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exits_2()
    {
        var run = CliRun.Of("plan", "missing.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Equal("", run.Out);
    }
}
