using System.Text.Json;
using DocFlow.Agreements.Json;
using DocFlow.Agreements.Validation;

namespace DocFlow.Agreements.Tests.Validation;

/// <summary>An agreement written with AgreementJson (as the service stores it) reads back cleanly.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(SampleTests.Samples), MemberType = typeof(SampleTests))]
    public void A_serialized_sample_reads_back_with_no_problems_and_the_same_json(string sample)
    {
        var first = new AgreementReader().Read(SampleFiles.Read(sample)).Agreement!;
        var json = JsonSerializer.Serialize(first, AgreementJson.Options);

        var again = new AgreementReader().Read(json);

        Assert.Empty(again.Errors);
        Assert.Empty(again.Warnings);
        Assert.Equal(json, JsonSerializer.Serialize(again.Agreement, AgreementJson.Options));
    }
}
