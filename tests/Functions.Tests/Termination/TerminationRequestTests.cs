using System.Text;
using DocFlow.Functions.Termination;

namespace DocFlow.Functions.Tests.Termination;

public sealed class TerminationRequestTests
{
    private static (IReadOnlyList<string> Paths, DateOnly Date, decimal Paid) Parse(string json)
    {
        var errors = TerminationService.Parse(Encoding.UTF8.GetBytes(json), out var date, out var paid);
        return ([.. errors.Select(e => e.Path)], date, paid);
    }

    [Fact]
    public void A_date_and_an_amount_in_cents_are_read_exactly()
    {
        var (paths, date, paid) = Parse("""{"date":"2026-04-20","amountPaid":450800.10}""");
        Assert.Empty(paths);
        Assert.Equal(new DateOnly(2026, 4, 20), date);
        Assert.Equal(450800.10m, paid);
    }

    [Theory]
    [InlineData("""{}""", new[] { "/date", "/amountPaid" })]
    [InlineData("""{"date":"20.04.2026","amountPaid":1}""", new[] { "/date" })]
    [InlineData("""{"date":"2026-02-30","amountPaid":1}""", new[] { "/date" })]
    [InlineData("""{"date":"2026-04-20","amountPaid":"100"}""", new[] { "/amountPaid" })]
    [InlineData("""{"date":"2026-04-20","amountPaid":-0.01}""", new[] { "/amountPaid" })]
    [InlineData("""{"date":"2026-04-20","amountPaid":1.005}""", new[] { "/amountPaid" })]
    [InlineData("""[1]""", new[] { "" })]
    [InlineData("""not json""", new[] { "" })]
    public void Every_problem_is_named_by_its_path(string json, string[] expected) =>
        Assert.Equal(expected, Parse(json).Paths);
}
