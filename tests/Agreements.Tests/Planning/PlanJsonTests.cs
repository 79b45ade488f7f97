using System.Text.Json;
using DocFlow.Agreements.Planning;

namespace DocFlow.Agreements.Tests.Planning;

/// <summary>The plan's JSON shape from the spec, built by hand so it does not depend on the planner's arithmetic.</summary>
public sealed class PlanJsonTests
{
    private static readonly AgreementPlan Plan = new()
    {
        ProjectEnd = new DateOnly(2026, 6, 10),
        BufferDays = 2,
        Totals = new PlanTotals { Hours = 90, Subtotal = 150000m, Vat = 25000m, Total = 150000m, RiskReserve = 15000.5m, TotalInWords = "сто пятьдесят тысяч рублей 00 копеек" },
        Stages = [new StagePlan { Id = "s1", Title = "Этап 1", Hours = 1.5m, Amount = 100m, Vat = 16.67m, AmountWithVat = 100m, Start = new DateOnly(2026, 3, 2), End = new DateOnly(2026, 3, 3) }],
        Options = [new OptionPlan { Id = "o1", Stage = "s1", Title = "Опция", Hours = 1.5m, Price = 100m, PriceWithVat = 100m, RevisionsIncluded = 2, Start = new DateOnly(2026, 3, 2), End = new DateOnly(2026, 3, 3) }],
        Invoices =
        [
            new Invoice { Number = 1, Amount = 105000m, Trigger = "signing", DueWorkingDays = 5 },
            new Invoice { Number = 2, Amount = 45000m, Trigger = "hours-block", DueWorkingDays = 5, Hours = 20 },
        ],
        Refunds = [new RefundLine("o1", 0m)],
        DeliveredValueAfterStage = [new DeliveredValue("s1", 150000m)],
    };

    [Fact]
    public void Amounts_print_with_two_decimals_and_hours_as_they_are()
    {
        var json = PlanJson.Serialize(Plan, indented: false);

        Assert.Contains("\"subtotal\":150000.00", json);
        Assert.Contains("\"riskReserve\":15000.50", json);
        Assert.Contains("\"vat\":16.67", json);
        Assert.Contains("\"refundableUntilDelivered\":0.00", json);
        Assert.Contains("\"value\":150000.00", json);
        Assert.Contains("\"amount\":45000.00,\"trigger\":\"hours-block\"", json);
        Assert.Contains("\"hours\":90,", json);
        Assert.Contains("\"hours\":1.5,", json);
        Assert.Contains("\"hours\":20", json);
        Assert.DoesNotContain("\"hours\":20.00", json);
    }

    [Fact]
    public void The_shape_is_the_spec_plan_with_dates_as_calendar_days()
    {
        using var document = JsonDocument.Parse(PlanJson.Serialize(Plan));
        var root = document.RootElement;

        Assert.Equal("2026-06-10", root.GetProperty("projectEnd").GetString());
        foreach (var key in new[] { "hours", "subtotal", "vat", "total", "riskReserve", "totalInWords" })
            Assert.True(root.GetProperty("totals").TryGetProperty(key, out _), key);
        var stage = root.GetProperty("stages")[0];
        Assert.Equal("2026-03-02", stage.GetProperty("start").GetString());
        Assert.Equal("s1", root.GetProperty("options")[0].GetProperty("stage").GetString());
        Assert.Equal("signing", root.GetProperty("invoices")[0].GetProperty("trigger").GetString());
        Assert.Equal(5, root.GetProperty("invoices")[0].GetProperty("dueWorkingDays").GetInt32());
        Assert.False(root.GetProperty("invoices")[0].TryGetProperty("stageId", out _));
        Assert.Equal("o1", root.GetProperty("refunds")[0].GetProperty("optionId").GetString());
        Assert.Equal("s1", root.GetProperty("deliveredValueAfterStage")[0].GetProperty("stageId").GetString());
    }

    [Fact]
    public void Cyrillic_text_is_written_as_readable_json()
    {
        var json = PlanJson.Serialize(Plan);

        Assert.Contains("\"totalInWords\": \"сто пятьдесят тысяч рублей 00 копеек\"", json);
        Assert.Contains(Environment.NewLine, json);
    }
}
