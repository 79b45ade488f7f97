using DocFlow.Signing.Codes;

namespace DocFlow.Signing.Tests.Codes;

public class OneTimeCodesTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Codes_are_six_digits_including_leading_zeros()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => OneTimeCodes.Generate()).ToList();
        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct().Count() > 1900);
    }

    [Fact]
    public void The_same_code_hashes_differently_per_envelope_signer_and_issue_time()
    {
        var h = OneTimeCodes.Hash("E1", 0, T, "123456");
        Assert.NotEqual(h, OneTimeCodes.Hash("E2", 0, T, "123456"));
        Assert.NotEqual(h, OneTimeCodes.Hash("E1", 1, T, "123456"));
        Assert.NotEqual(h, OneTimeCodes.Hash("E1", 0, T.AddTicks(1), "123456"));
        Assert.True(OneTimeCodes.Matches(h, "E1", 0, T, " 123456 "));
        Assert.False(OneTimeCodes.Matches(h, "E1", 0, T, "123457"));
    }
}
